package sendsync.blockinginasync;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * The same split on a ForkJoinPool: a task's join of its halves runs or steals queued work instead of
 * parking its worker, so the pool cannot starve.
 */
public class GoodSplitTaskOnForkJoinPool {
    private final ForkJoinPool pool = new ForkJoinPool(4);

    static final class RangeSum extends RecursiveTask<Long> {
        private final long from;
        private final long to;

        RangeSum(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 1_000) {
                long s = 0;
                for (long i = from; i < to; i++) {
                    s += i;
                }
                return s;
            }
            long mid = (from + to) / 2;
            RangeSum lower = new RangeSum(from, mid);
            lower.fork();
            return new RangeSum(mid, to).compute() + lower.join();
        }
    }

    public long sum(long from, long to) {
        return pool.invoke(new RangeSum(from, to));
    }
}
