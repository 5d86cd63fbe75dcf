package deadlock.lockorderinversion.threefiles;

import java.util.Map;
import java.util.TreeMap;

/** First link of a three-class cycle: placing a bid holds the book's monitor while it reserves funds in the Ledger (OrderBook -> Ledger). */
public final class OrderBook {
    private final Ledger ledger;
    private final Map<Long, Long> bids = new TreeMap<>();

    public OrderBook(Ledger ledger) {
        this.ledger = ledger;
    }

    public synchronized void placeBid(String account, long price, long quantity) { // related: LockOrderInversion['`OrderBook.this` is taken here (OrderBook.placeBid)']
        ledger.reserve(account, price * quantity); // expect: LockOrderInversion['other side of a lock-order inversion']
        bids.merge(price, quantity, Long::sum);
    }

    public synchronized int depth() {
        return bids.size();
    }
}
