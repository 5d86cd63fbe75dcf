package sendsync.blockinginasync;

import java.util.concurrent.RecursiveTask;

/** compute() forks and joins its own subtasks: ForkJoinTask.join() helps run work instead of blocking. */
public class GoodForkJoinSubtasks extends RecursiveTask<Long> {
    private static final long serialVersionUID = 1L;

    private final long[] sizes;
    private final int from;
    private final int to;

    public GoodForkJoinSubtasks(long[] sizes, int from, int to) {
        this.sizes = sizes;
        this.from = from;
        this.to = to;
    }

    @Override
    protected Long compute() {
        if (to - from <= 100) {
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += sizes[i];
            }
            return sum;
        }
        int mid = (from + to) >>> 1;
        GoodForkJoinSubtasks left = new GoodForkJoinSubtasks(sizes, from, mid);
        GoodForkJoinSubtasks right = new GoodForkJoinSubtasks(sizes, mid, to);
        left.fork();
        long r = right.compute();
        return left.join() + r;
    }
}
