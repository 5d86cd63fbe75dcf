// EXPECT: none
package probe7c; import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Sums a large array of sensor readings with fork/join. Each task stores
 * its result in a plain (non-volatile) field that its parent reads.
 */
public class ForkJoinRangeSum {

    static final class SumTask extends RecursiveAction {
        private static final int THRESHOLD = 10_000;
        private final long[] data;
        private final int lo;
        private final int hi;
        long result; // plain field, written by whichever worker runs this task

        SumTask(long[] data, int lo, int hi) {
            this.data = data;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= THRESHOLD) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    s += data[i];
                }
                result = s;
                return;
            }
            int mid = (lo + hi) >>> 1;
            SumTask left = new SumTask(data, lo, mid);
            SumTask right = new SumTask(data, mid, hi);
            left.fork();
            right.compute();
            left.join();
            result = left.result + right.result; // OK: left.result (possibly written by a stealing worker) is read only after left.join(); completion of a ForkJoinTask happens-before join() returns, and right ran in this thread
        }
    }

    public static long parallelSum(long[] data) {
        SumTask root = new SumTask(data, 0, data.length);
        ForkJoinPool.commonPool().invoke(root);
        return root.result;
    }

    public static void main(String[] args) {
        long[] readings = new long[5_000_000];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = (i * 7L) % 1000;
        }
        long expected = 0;
        for (long r : readings) {
            expected += r;
        }
        for (int run = 0; run < 10; run++) {
            long got = parallelSum(readings);
            if (got != expected) {
                throw new AssertionError("got " + got + " expected " + expected);
            }
        }
        System.out.println("sum = " + expected);
    }
}
