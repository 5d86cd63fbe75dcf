package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alike: the workers also reset a counter of the accumulator through a method that does not
 * lock it, and the profile is read before the workers are joined.
 */
public class BadWorkersFeedAccumulatorOneUnlockedStep {

    private static final class Accumulator {
        private long count;
        private long sum;

        synchronized void accept(long value) {
            count++;
            sum += value;
        }

        void skip() {
            count--; // expect: UnguardedWrite['`count` is updated without a lock, by tasks that run on other threads']
        }

        String describe() {
            return count == 0 ? "empty" : "mean=" + (double) sum / count; // expect: UnguardedRead['`sum` is read without `this`, which guards every write to `sum`']
        }
    }

    public String profile(long[] column, int workers) throws InterruptedException {
        Accumulator acc = new Accumulator();
        List<Thread> threads = new ArrayList<>();
        int slice = (column.length + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            final int from = w * slice;
            final int to = Math.min(column.length, from + slice);
            Thread t = new Thread(() -> {
                for (int i = from; i < to; i++) {
                    acc.accept(column[i]); // expect: NonSendCapture['`acc` is not thread-safe but is shared with a task run on another thread']
                }
                acc.skip();
            });
            threads.add(t);
            t.start();
        }
        String early = acc.describe();
        for (Thread t : threads) {
            t.join();
        }
        return early;
    }
}
