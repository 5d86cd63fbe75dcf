package races.unguardedwrite;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * The fork/join leaves square the cells of their own ranges, and the sum reads every cell by index
 * after {@code pool.invoke(...)}: invoke returns only once the task and all it forked are done, so
 * every write happens before the reads (a join, as {@code Future.get()} is).
 */
public class GoodForkJoinLeavesFillThenIndexLoopSums {
    private final int[] values;
    private final long[] squares;

    public GoodForkJoinLeavesFillThenIndexLoopSums(int[] values) {
        this.values = values;
        this.squares = new long[values.length];
    }

    public long sumOfSquares(ForkJoinPool pool) {
        pool.invoke(new Square(0, values.length));
        long sum = 0;
        for (int i = 0; i < squares.length; i++) {
            sum += squares[i];
        }
        return sum;
    }

    private final class Square extends RecursiveAction {
        private final int from;
        private final int to;

        Square(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from > 1_000) {
                int mid = (from + to) >>> 1;
                invokeAll(new Square(from, mid), new Square(mid, to));
                return;
            }
            for (int i = from; i < to; i++) {
                squares[i] = (long) values[i] * values[i];
            }
        }
    }
}
