// EXPECT: unguarded-access-in-private-helper @ line 37
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Records accepted orders into an in-memory ledger. Orders are accepted on
 * request threads and recorded asynchronously on a small worker pool.
 */
public class OrderLedgerService {
    private final List<String> entries = new ArrayList<>();
    private long totalCents;
    private final ExecutorService recorders = Executors.newFixedThreadPool(4);

    public void submitOrder(String orderId, String customerId, long amountCents) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amountCents);
        }
        recorders.submit(() -> recordOrder(orderId, customerId, amountCents));
    }

    private void recordOrder(String orderId, String customerId, long amountCents) {
        String line = formatLine(orderId, customerId, amountCents);
        appendEntry(line, amountCents);
    }

    private String formatLine(String orderId, String customerId, long amountCents) {
        return orderId + ';' + customerId + ';' + (amountCents / 100) + '.'
                + String.format("%02d", amountCents % 100);
    }

    private void appendEntry(String line, long amountCents) {
        entries.add(line); // BUG: ledger list mutated from pool threads without the monitor that readers use
        synchronized (this) {
            totalCents += amountCents;
        }
    }

    public synchronized List<String> entriesSnapshot() {
        return new ArrayList<>(entries);
    }

    public synchronized int entryCount() {
        return entries.size();
    }

    public synchronized long totalCents() {
        return totalCents;
    }

    public void shutdown() throws InterruptedException {
        recorders.shutdown();
        recorders.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        OrderLedgerService ledger = new OrderLedgerService();
        for (int i = 0; i < 1_000; i++) {
            ledger.submitOrder("ord-" + i, "cust-" + (i % 17), 100 + i);
        }
        System.out.println("entries so far: " + ledger.entryCount());
        ledger.shutdown();
        System.out.println("entries=" + ledger.entryCount() + " total=" + ledger.totalCents());
    }
}
