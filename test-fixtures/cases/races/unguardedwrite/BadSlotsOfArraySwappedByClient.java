package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of GoodTasksFillOwnSlotsOfSwappedArray where a client may replace the array while the
 * tasks fill it: a task's access of {@code next}, which reaches only its own cell, still meets that write
 * of the field itself, and the task may store into the array the client just dropped.
 */
public class BadSlotsOfArraySwappedByClient {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private double[] next = new double[8];

    public void fill() {
        for (int i = 0; i < 8; i++) {
            final int id = i;
            pool.submit(() -> next[id] = id / 2.0); // expect: UnguardedWrite['it races with the write of `next`']
        }
    }

    public void reset() {
        next = new double[8]; // expect: UnsafePublication['is stored in plain field `next`']
    }
}
