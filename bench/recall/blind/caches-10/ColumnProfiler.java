// EXPECT: none
package probe10c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Profiles a numeric column by splitting the input into slices processed by worker threads.
 * Workers feed a shared accumulator; the profile is read once all workers have finished.
 */
public class ColumnProfiler {

    private static final class Accumulator {
        private long count;
        private long sum;
        private long nulls;

        synchronized void accept(Long value) {
            if (value == null) {
                nulls++;
                return;
            }
            count++;
            sum += value;
        }

        String describe() {
            double mean = count == 0 ? 0.0 : (double) sum / count; // OK: unsynchronized read, but only called after join() on every worker, which orders all their writes before it
            return "count=" + count + " nulls=" + nulls + " mean=" + mean;
        }
    }

    private final int workers;

    public ColumnProfiler(int workers) {
        this.workers = workers;
    }

    public String profile(Long[] column) throws InterruptedException {
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
            }, "profiler-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return acc.describe();
    }

    public static void main(String[] args) throws InterruptedException {
        Long[] column = new Long[1_000_000];
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < column.length; i++) {
            column[i] = rnd.nextInt(20) == 0 ? null : rnd.nextLong(0, 10_000);
        }
        System.out.println(new ColumnProfiler(4).profile(column));
    }
}
