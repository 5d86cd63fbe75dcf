package sendsync.blockinginasync;

import java.util.concurrent.RecursiveTask;

/** A RecursiveTask rate-limits itself with Thread.sleep inside compute(): the ForkJoinPool worker is blocked, not stealing work. */
public class BadSleepInRecursiveTask extends RecursiveTask<Long> {
    private static final long serialVersionUID = 1L;

    private final long[] sizes;
    private final int from;
    private final int to;

    public BadSleepInRecursiveTask(long[] sizes, int from, int to) {
        this.sizes = sizes;
        this.from = from;
        this.to = to;
    }

    @Override
    protected Long compute() {
        if (to - from <= 100) {
            try {
                Thread.sleep(10); // expect: BlockingInAsync['`Thread.sleep()` blocks inside `BadSleepInRecursiveTask.compute()`, a ForkJoinTask']
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0L;
            }
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += sizes[i];
            }
            return sum;
        }
        int mid = (from + to) >>> 1;
        BadSleepInRecursiveTask left = new BadSleepInRecursiveTask(sizes, from, mid);
        left.fork();
        long right = new BadSleepInRecursiveTask(sizes, mid, to).compute();
        return left.join() + right;
    }
}
