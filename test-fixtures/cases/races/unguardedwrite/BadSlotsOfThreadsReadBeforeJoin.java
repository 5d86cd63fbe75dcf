package races.unguardedwrite;

/**
 * The look-alike: the threads are kept in an array and joined, but the slots are summed before the
 * join loop, while the threads may still be counting.
 */
public class BadSlotsOfThreadsReadBeforeJoin {
    private final long[] hits = new long[4];

    private void throwDarts(int slot) {
        for (int i = 0; i < 1_000; i++) {
            if ((i * 31 + slot) % 7 < 5) {
                hits[slot]++; // expect: UnguardedWrite['an element of `hits` changes `hits` without a lock, by a task']
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
        long inside = 0;
        for (long h : hits) {
            inside += h;
        }
        for (Thread w : workers) {
            w.join();
        }
        return inside;
    }
}
