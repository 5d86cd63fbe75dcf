package sendsync.blockinginasync;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A range sum that splits its range in two, hands both halves to the same fixed pool and waits for them:
 * each level of the split holds one more thread waiting, and once every thread of the pool waits for a
 * half that sits in the queue, nothing runs them.
 */
public class BadSplitTaskWaitsForHalvesOnSamePool {
    private final ExecutorService workers;

    public BadSplitTaskWaitsForHalvesOnSamePool(int threads) {
        this.workers = Executors.newFixedThreadPool(threads);
    }

    public long sum(long from, long to) throws InterruptedException, ExecutionException {
        return workers.submit(() -> split(from, to)).get();
    }

    private long split(long from, long to) throws InterruptedException, ExecutionException {
        if (to - from <= 1_000) {
            long s = 0;
            for (long i = from; i < to; i++) {
                s += i;
            }
            return s;
        }
        long mid = (from + to) / 2;
        Future<Long> lower = workers.submit(() -> split(from, mid));
        Future<Long> upper = workers.submit(() -> split(mid, to));
        return lower.get() + upper.get(); // expect: BlockingInAsync['`lower.get()` waits, in a task handed to the fixed pool `workers`'], BlockingInAsync['`upper.get()` waits']
    }
}
