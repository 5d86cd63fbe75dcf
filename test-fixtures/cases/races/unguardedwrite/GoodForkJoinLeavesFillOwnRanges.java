package races.unguardedwrite;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * The fork/join look-alike whose leaves each square the cells of their own range
 * ({@code for (int i = from; i < to; i++) squares[i] = ...}): the halves a task forks have ranges of their
 * own, so no two leaves touch one cell, and invoke() returning orders them all before the sum.
 */
public class GoodForkJoinLeavesFillOwnRanges {
    private final int[] values;
    private final long[] squares;

    public GoodForkJoinLeavesFillOwnRanges(int[] values) {
        this.values = values;
        this.squares = new long[values.length];
    }

    public long sumOfSquares(ForkJoinPool pool) {
        pool.invoke(new Square(0, values.length));
        long sum = 0;
        for (long s : squares) {
            sum += s;
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
