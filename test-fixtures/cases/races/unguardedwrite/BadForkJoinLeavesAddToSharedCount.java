package races.unguardedwrite;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * A fork/join count whose task forks two halves of its own kind: the leaves run on several pool threads
 * at once, and each adds to the job's plain field without a lock, so additions are lost. The count of
 * negatives, added under the job's monitor, is fine.
 */
public class BadForkJoinLeavesAddToSharedCount {
    private final int[] values;
    private long positives;
    private long negatives;

    public BadForkJoinLeavesAddToSharedCount(int[] values) {
        this.values = values;
    }

    public long countPositives(ForkJoinPool pool) {
        pool.invoke(new Count(0, values.length));
        return positives;
    }

    private final class Count extends RecursiveAction {
        private final int from;
        private final int to;

        Count(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from > 1_000) {
                int mid = (from + to) >>> 1;
                invokeAll(new Count(from, mid), new Count(mid, to));
                return;
            }
            long found = 0;
            long below = 0;
            for (int i = from; i < to; i++) {
                found += values[i] > 0 ? 1 : 0;
                below += values[i] < 0 ? 1 : 0;
            }
            positives += found; // expect: UnguardedWrite['`positives` is updated without a lock']
            synchronized (BadForkJoinLeavesAddToSharedCount.this) {
                negatives += below;
            }
        }
    }
}
