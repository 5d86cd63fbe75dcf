package races.unguardedwrite;

/**
 * Each thread counts into its own slot; the threads are kept in an array, started through it, and a
 * later loop over that array joins every one before the loop over the slots reads them: each join
 * orders its thread's writes before the reads.
 */
public class GoodSlotsOfThreadsJoinedThroughArray {
    private final long[] hits = new long[4];

    private void throwDarts(int slot) {
        for (int i = 0; i < 1_000; i++) {
            if ((i * 31 + slot) % 7 < 5) {
                hits[slot]++;
            }
        }
    }

    public long estimate() throws InterruptedException {
        Thread[] workers = new Thread[hits.length];
        for (int t = 0; t < workers.length; t++) {
            final int slot = t;
            workers[t] = new Thread(() -> throwDarts(slot), "darts-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long inside = 0;
        for (long h : hits) {
            inside += h;
        }
        return inside;
    }
}
