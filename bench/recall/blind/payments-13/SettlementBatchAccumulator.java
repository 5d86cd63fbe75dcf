// EXPECT: data-race-on-a-field @ line 36
package probe13a; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Collects cleared payments into one settlement batch. Clearing-house confirmations are
 * fanned out over a small worker pool in {@link #ingestAll}, so {@link #add} is called
 * from several pool threads at the same time.
 */
public class SettlementBatchAccumulator {

    public record ClearedPayment(String paymentId, String currency, long amountMinor) {}

    private final String batchId;
    private final String currency;
    private final List<ClearedPayment> entries = Collections.synchronizedList(new ArrayList<>());
    private long totalMinorUnits;

    public SettlementBatchAccumulator(String batchId, String currency) {
        this.batchId = batchId;
        this.currency = currency;
    }

    public void add(ClearedPayment payment) {
        if (!currency.equals(payment.currency())) {
            throw new IllegalArgumentException("currency mismatch for " + payment.paymentId());
        }
        if (payment.amountMinor() <= 0) {
            throw new IllegalArgumentException("non-positive amount for " + payment.paymentId());
        }
        entries.add(payment);
        totalMinorUnits += payment.amountMinor(); // BUG: unsynchronized read-modify-write from several pool threads
    }

    public void ingestAll(List<ClearedPayment> confirmations) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (ClearedPayment p : confirmations) {
                pool.execute(() -> add(p));
            }
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("batch " + batchId + " ingestion timed out");
        }
    }

    public long totalMinorUnits() {
        return totalMinorUnits;
    }

    public int entryCount() {
        return entries.size();
    }

    public String batchId() {
        return batchId;
    }

    public static void main(String[] args) throws InterruptedException {
        SettlementBatchAccumulator batch = new SettlementBatchAccumulator("B-2024-0611-EUR", "EUR");
        List<ClearedPayment> confirmations = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            confirmations.add(new ClearedPayment("P" + i, "EUR", 100));
        }
        batch.ingestAll(confirmations);
        System.out.printf("batch %s: %d entries, total %d (expected %d)%n",
                batch.batchId(), batch.entryCount(), batch.totalMinorUnits(), 100_000L * 100);
    }
}
