// EXPECT: unsynchronized-read-modify-write @ line 23
package probe7c; import java.util.Random;

/**
 * Sums the sizes of a batch of (simulated) log files with a few worker
 * threads. Each worker sums its own chunk locally and then folds the
 * partial result into a shared running total.
 */
public class RacyPartialSum {

    private final long[] sizes;
    private long total; // shared running total, written by every worker

    public RacyPartialSum(long[] sizes) {
        this.sizes = sizes;
    }

    private void addChunk(int from, int to) {
        long partial = 0;
        for (int i = from; i < to; i++) {
            partial += sizes[i];
        }
        total += partial; // BUG: unsynchronized read-modify-write of the shared field from several worker threads; two workers can read the same old total and one partial sum is lost
    }

    public long computeTotal(int workers) throws InterruptedException {
        total = 0;
        Thread[] threads = new Thread[workers];
        int chunk = (sizes.length + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            final int from = Math.min(sizes.length, w * chunk);
            final int to = Math.min(sizes.length, from + chunk);
            threads[w] = new Thread(() -> addChunk(from, to), "summer-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return total;
    }

    private long sequentialTotal() {
        long s = 0;
        for (long v : sizes) {
            s += v;
        }
        return s;
    }

    public static void main(String[] args) throws InterruptedException {
        Random rnd = new Random(42);
        long[] sizes = new long[2_000_000];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1 + rnd.nextInt(4096);
        }
        RacyPartialSum summer = new RacyPartialSum(sizes);
        long expected = summer.sequentialTotal();
        for (int run = 0; run < 20; run++) {
            long got = summer.computeTotal(8);
            if (got != expected) {
                System.out.println("run " + run + ": lost update, got " + got + " expected " + expected);
            }
        }
        System.out.println("expected total = " + expected);
    }
}
