// EXPECT: wait-notify-misuse @ line 35
package probe17c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Fixed-capacity ring buffer that carries sensor samples from acquisition
 * threads to solver threads. Several producers and several consumers share a
 * single instance; both sides block when the buffer is full or empty.
 */
public class SampleRingBuffer {

    private final double[] slots;
    private int head;
    private int tail;
    private int count;

    public SampleRingBuffer(int capacity) {
        this.slots = new double[capacity];
    }

    public synchronized void put(double sample) throws InterruptedException {
        while (count == slots.length) {
            wait();
        }
        slots[tail] = sample;
        tail = (tail + 1) % slots.length;
        count++;
        notifyAll();
    }

    public synchronized double take() throws InterruptedException {
        if (count == 0) wait(); // BUG: emptiness checked with if, not while; a consumer woken by another consumer's notifyAll (or spuriously) reads an empty buffer and drives count negative
        double sample = slots[head];
        head = (head + 1) % slots.length;
        count--;
        notifyAll();
        return sample;
    }

    public synchronized int size() {
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        SampleRingBuffer buffer = new SampleRingBuffer(16);
        int producers = 2;
        int consumers = 3;
        int samplesPerProducer = 30_000;
        DoubleAdder energy = new DoubleAdder();
        ExecutorService pool = Executors.newFixedThreadPool(producers + consumers);

        for (int p = 0; p < producers; p++) {
            pool.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                try {
                    for (int i = 0; i < samplesPerProducer; i++) {
                        buffer.put(rnd.nextGaussian());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (int c = 0; c < consumers; c++) {
            pool.execute(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        double s = buffer.take();
                        energy.add(s * s);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        TimeUnit.SECONDS.sleep(3);
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.printf("mean energy %.4f, left in buffer %d%n",
                energy.sum() / (producers * samplesPerProducer), buffer.size());
    }
}
