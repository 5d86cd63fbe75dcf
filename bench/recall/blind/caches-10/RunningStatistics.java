// EXPECT: unguarded-read @ line 32
package probe10c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Running min/max/mean of a numeric column while a file is being loaded.
 * accept() is called by the loader threads; the progress reporter calls mean() and range()
 * every second while the load is still running.
 */
public class RunningStatistics {

    private long count;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    public synchronized void accept(long value) {
        count++;
        sum += value;
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }

    public double mean() {
        return count == 0 ? 0.0 : (double) sum / count; // BUG: reads fields written under the monitor without holding it; stale or torn longs and an inconsistent sum/count pair
    }

    public synchronized String range() {
        return count == 0 ? "[]" : "[" + min + ", " + max + "]";
    }

    public static void main(String[] args) throws InterruptedException {
        RunningStatistics stats = new RunningStatistics();
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(
                () -> System.out.printf("mean=%.2f range=%s%n", stats.mean(), stats.range()),
                0, 1, TimeUnit.SECONDS);
        ExecutorService loaders = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            loaders.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 2_000_000; i++) {
                    stats.accept(rnd.nextLong(0, 1_000_000));
                }
            });
        }
        loaders.shutdown();
        loaders.awaitTermination(1, TimeUnit.MINUTES);
        reporter.shutdown();
    }
}
