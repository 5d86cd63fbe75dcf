// EXPECT: wait-notify-or-condition-misuse @ line 30
package probe13c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bounded buffer between the radio receiver thread (producer) and the
 * aggregation workers (several consumers) that roll raw sensor samples
 * into one-minute buckets.
 */
public class SensorSampleBuffer {

    public record Sample(String sensorId, long timestampMs, double value) {}

    private final Deque<Sample> samples = new ArrayDeque<>();
    private final int capacity;

    public SensorSampleBuffer(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(Sample sample) throws InterruptedException {
        while (samples.size() >= capacity) {
            wait();
        }
        samples.addLast(sample);
        notifyAll();
    }

    public synchronized Sample take() throws InterruptedException {
        if (samples.isEmpty()) { // BUG: condition checked with 'if'; after wakeup another consumer may have drained the buffer (or spurious wakeup)
            wait();
        }
        Sample sample = samples.removeFirst();
        notifyAll();
        return sample;
    }

    public static void main(String[] args) throws InterruptedException {
        SensorSampleBuffer buffer = new SensorSampleBuffer(64);
        Thread receiver = new Thread(() -> {
            try {
                for (int i = 0; i < 30_000; i++) {
                    buffer.put(new Sample("pt100-" + (i % 12), System.currentTimeMillis(), 20 + (i % 7)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "radio-rx");
        Thread[] aggregators = new Thread[3];
        for (int w = 0; w < aggregators.length; w++) {
            aggregators[w] = new Thread(() -> {
                try {
                    for (int i = 0; i < 10_000; i++) {
                        buffer.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "aggregator-" + w);
            aggregators[w].start();
        }
        receiver.start();
        receiver.join();
        for (Thread t : aggregators) {
            t.join();
        }
        System.out.println("drained");
    }
}
