package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Each task stores into a cell of its own ({@code next[id]}) of an array held in a non-final field that
 * the round swaps after every task has finished. A task's read of {@code next} only reaches its own cell:
 * it does not meet another task's store into another cell, and the swap is ordered after the tasks by
 * their futures.
 */
public class GoodTasksFillOwnSlotsOfSwappedArray {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private double[] current = new double[8];
    private double[] next = new double[8];

    private void round() throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            final int id = i;
            running.add(pool.submit(() -> next[id] = current[id] / 2));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double[] tmp = current;
        current = next;
        next = tmp;
    }

    public static void main(String[] args) throws Exception {
        GoodTasksFillOwnSlotsOfSwappedArray rod = new GoodTasksFillOwnSlotsOfSwappedArray();
        for (int s = 0; s < 10; s++) {
            rod.round();
        }
        rod.pool.shutdown();
    }
}
