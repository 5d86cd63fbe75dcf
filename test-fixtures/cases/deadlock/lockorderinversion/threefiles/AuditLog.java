package deadlock.lockorderinversion.threefiles;

import java.util.ArrayList;
import java.util.List;

/** Closing link: a snapshot holds the audit log's monitor and asks the OrderBook for its depth (AuditLog -> OrderBook), closing the cycle OrderBook -> Ledger -> AuditLog -> OrderBook across three files. */
public final class AuditLog {
    private final List<String> entries = new ArrayList<>();

    public synchronized void record(String entry) {
        entries.add(entry);
    }

    public synchronized String snapshot(OrderBook book) {
        return entries.size() + " entries, book depth " + book.depth(); // expect: LockOrderInversion['while `OrderBook.placeBid` (OrderBook.java:16) holds `OrderBook.this` and takes `AuditLog.this`'], LockOrderInversion['(1 other cycle goes through this path; their sides are in the related locations)']
    }
}
