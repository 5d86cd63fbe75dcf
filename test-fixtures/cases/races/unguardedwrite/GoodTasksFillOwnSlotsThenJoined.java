package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fork and join into slots: each task the loop hands over stores only at the index its hand-over
 * captured (a copy of the loop's counter, so a cell of its own), and the method reads the cells only after
 * it has joined every task it collected: the stores meet neither each other nor the reads.
 */
public class GoodTasksFillOwnSlotsThenJoined {
    private final long[] partial = new long[8];
    private final List<String> names = new ArrayList<>();
    private final long[] squares = new long[8];
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public GoodTasksFillOwnSlotsThenJoined() {
        for (int i = 0; i < 8; i++) {
            names.add("");
        }
    }

    public long sumOnPool() throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < partial.length; i++) {
            final int id = i;
            futures.add(pool.submit(() -> {
                partial[id] = id * 31L;
                names.set(id, "part-" + id);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long sum = 0;
        for (int i = 0; i < partial.length; i++) {
            sum += partial[i];
        }
        return sum + names.size();
    }

    public long sumOnThreads() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < squares.length; i++) {
            final int id = i;
            Thread t = new Thread(() -> square(id));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long sum = 0;
        for (int i = 0; i < squares.length; i++) {
            sum += squares[i];
        }
        return sum;
    }

    private void square(int id) {
        squares[id] = (long) id * id;
    }
}
