// EXPECT: exposed-internal-state @ line 39
package probe11a; import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Ring buffer of the most recent temperature samples of one sensor. The sampler task writes
 * a new sample every few milliseconds; a separate reporting task computes the median for
 * the dashboard. Both tasks run on a scheduled pool with two threads.
 */
public class SensorReadingBuffer {

    private final String sensorId;
    private final double[] samples;
    private int next;
    private int filled;

    public SensorReadingBuffer(String sensorId, int capacity) {
        this.sensorId = sensorId;
        this.samples = new double[capacity];
    }

    public synchronized void record(double celsius) {
        samples[next] = celsius;
        next = (next + 1) % samples.length;
        if (filled < samples.length) {
            filled++;
        }
    }

    public synchronized int size() {
        return filled;
    }

    /** Samples in buffer order; callers use this for statistics. */
    public synchronized double[] samples() {
        return samples; // BUG: returns the internal array guarded by this; callers read and sort it without the lock while the sampler keeps writing into it
    }

    public String sensorId() {
        return sensorId;
    }

    static double median(SensorReadingBuffer buffer) {
        int n = buffer.size();
        if (n == 0) {
            return Double.NaN;
        }
        double[] values = buffer.samples();
        Arrays.sort(values, 0, n);
        return values[n / 2];
    }

    public static void main(String[] args) throws InterruptedException {
        SensorReadingBuffer buffer = new SensorReadingBuffer("boiler-room-3", 256);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

        scheduler.scheduleAtFixedRate(
                () -> buffer.record(60 + ThreadLocalRandom.current().nextGaussian() * 2),
                0, 1, TimeUnit.MILLISECONDS);
        scheduler.scheduleAtFixedRate(
                () -> System.out.printf("%s median %.2f%n", buffer.sensorId(), median(buffer)),
                50, 50, TimeUnit.MILLISECONDS);

        Thread.sleep(500);
        scheduler.shutdown();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }
}
