package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Look-alikes of tasks filling slots of their own that race: every task stores at one index, a bucket
 * computed from the data (two tasks may share it), or the reader does not wait for the tasks.
 */
public class BadTasksShareSlotOrSkipJoin {
    private final long[] last = new long[1];
    private final long[] buckets = new long[8];
    private final long[] unjoined = new long[8];
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public long lastOnPool() throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            final int id = i;
            futures.add(pool.submit(() -> {
                last[0] = id; // expect: UnguardedWrite['an element of `last` changes `last` without a lock, by a task'], UnguardedWrite['two threads can run it at once']
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return last[0];
    }

    public long histogram(int[] values) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            final int v = values[i];
            futures.add(pool.submit(() -> {
                buckets[v % 8]++; // expect: UnguardedWrite['an element of `buckets` changes `buckets` without a lock, by a task']
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return buckets[0];
    }

    public long withoutJoin() {
        for (int i = 0; i < unjoined.length; i++) {
            final int id = i;
            pool.execute(() -> {
                unjoined[id] = id; // expect: UnguardedWrite['it races with an element of `unjoined` in `BadTasksShareSlotOrSkipJoin.withoutJoin`']
            });
        }
        return unjoined[3];
    }
}
