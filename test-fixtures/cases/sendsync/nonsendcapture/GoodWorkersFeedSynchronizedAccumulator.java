package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;

/**
 * Workers started in a loop all feed one accumulator, but only through its synchronized accept(): each
 * call holds the accumulator's monitor, so two workers never change it at once. The profile is read once
 * every worker has been joined, by a method only the joining code calls.
 */
public class GoodWorkersFeedSynchronizedAccumulator {

    private static final class Accumulator {
        private long count;
        private long sum;

        synchronized void accept(long value) {
            count++;
            sum += value;
        }

        String describe() {
            return count == 0 ? "empty" : "mean=" + (double) sum / count;
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
                    acc.accept(column[i]);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return acc.describe();
    }
}
