// EXPECT: none
package probe13a; import java.util.ArrayList;
import java.util.List;

/**
 * Computes settlement totals for a batch by splitting the cleared payments into partitions,
 * each summed by its own worker thread. The coordinator combines the partial totals.
 */
public class SettlementBatchTotals {

    public record ClearedPayment(String paymentId, String currency, long amountMinor) {}

    static final class PartitionSummer extends Thread {
        private final List<ClearedPayment> slice;
        private long totalMinorUnits;
        private int rejected;

        PartitionSummer(String name, List<ClearedPayment> slice) {
            super(name);
            this.slice = slice;
        }

        @Override
        public void run() {
            for (ClearedPayment p : slice) {
                if (p.amountMinor() <= 0) {
                    rejected++;
                    continue;
                }
                totalMinorUnits += p.amountMinor();
            }
        }
    }

    private final int partitions;

    public SettlementBatchTotals(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
        this.partitions = partitions;
    }

    public long total(List<ClearedPayment> payments) throws InterruptedException {
        List<PartitionSummer> workers = new ArrayList<>();
        int chunk = (payments.size() + partitions - 1) / partitions;
        for (int i = 0; i < payments.size(); i += chunk) {
            List<ClearedPayment> slice = payments.subList(i, Math.min(payments.size(), i + chunk));
            PartitionSummer w = new PartitionSummer("settle-sum-" + workers.size(), slice);
            workers.add(w);
            w.start();
        }
        long sum = 0;
        int rejected = 0;
        for (PartitionSummer w : workers) {
            w.join();
            sum += w.totalMinorUnits; // OK: each partial is written only by its own thread and read after join()
            rejected += w.rejected;
        }
        if (rejected > 0) {
            System.err.println(rejected + " payments rejected from settlement totals");
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        List<ClearedPayment> payments = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            payments.add(new ClearedPayment("P" + i, "USD", i % 500 == 0 ? 0 : 250));
        }
        long total = new SettlementBatchTotals(4).total(payments);
        System.out.println("settlement total minor units: " + total);
    }
}
