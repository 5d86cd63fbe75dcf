// EXPECT: unguarded-shared-field @ line 16
package probe17c; import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Estimates pi by sampling points in the unit square on a dedicated sampler
 * thread. The sampler runs until another thread (a request handler, a CLI
 * timer, ...) calls {@link #stop()}, which waits for the sampler to finish and
 * returns the final estimate.
 */
public class MonteCarloPiEstimator {

    private final Thread sampler;
    private final long reportEvery;

    private boolean stopRequested; // BUG: stop flag written by the caller thread and polled by the sampler with no volatile/lock; the loop may never observe it

    private volatile double result = Double.NaN;
    private volatile long totalSamples;

    public MonteCarloPiEstimator(long reportEvery) {
        this.reportEvery = reportEvery;
        this.sampler = new Thread(this::sample, "pi-sampler");
        this.sampler.setDaemon(true);
    }

    public void start() {
        sampler.start();
    }

    private void sample() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long samples = 0;
        long inside = 0;
        while (!stopRequested) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
            samples++;
            if (reportEvery > 0 && samples % reportEvery == 0) {
                checkpoint(samples, inside);
            }
        }
        totalSamples = samples;
        result = samples == 0 ? Double.NaN : 4.0 * inside / samples;
    }

    private static void checkpoint(long samples, long inside) {
        // hook for subclasses / debugging; intentionally cheap
        if (samples < 0 || inside < 0) {
            throw new IllegalStateException("counter overflow");
        }
    }

    /**
     * Requests the sampler to stop and waits for it to publish its result.
     */
    public double stop() throws InterruptedException {
        stopRequested = true;
        sampler.join();
        return result;
    }

    public long totalSamples() {
        return totalSamples;
    }

    public static void main(String[] args) throws InterruptedException {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 500;
        MonteCarloPiEstimator estimator = new MonteCarloPiEstimator(1_000_000);
        estimator.start();
        TimeUnit.MILLISECONDS.sleep(millis);
        double pi = estimator.stop();
        System.out.printf("pi ~ %.6f after %d samples%n", pi, estimator.totalSamples());
    }
}
