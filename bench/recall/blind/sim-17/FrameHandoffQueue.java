// EXPECT: none
package probe17c; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded queue that hands rendered simulation frames from stepper threads to
 * encoder threads. Multiple steppers and multiple encoders share one instance.
 */
public class FrameHandoffQueue {

    public record Frame(long step, double[] field) { }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final int capacity;

    public FrameHandoffQueue(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(Frame frame) throws InterruptedException {
        while (frames.size() == capacity) {
            wait();
        }
        notifyAll(); // OK: woken threads cannot re-acquire this monitor until put() returns, by which time the frame has been added
        frames.addLast(frame);
    }

    public synchronized Frame take() throws InterruptedException {
        while (frames.isEmpty()) {
            wait();
        }
        Frame frame = frames.removeFirst();
        notifyAll();
        return frame;
    }

    public synchronized int size() {
        return frames.size();
    }

    public static void main(String[] args) throws InterruptedException {
        FrameHandoffQueue queue = new FrameHandoffQueue(8);
        AtomicLong encodedCells = new AtomicLong();
        int steppers = 2;
        int encoders = 3;
        ExecutorService pool = Executors.newFixedThreadPool(steppers + encoders);

        for (int s = 0; s < steppers; s++) {
            int offset = s;
            pool.execute(() -> {
                try {
                    for (long step = offset; step < 20_000; step += steppers) {
                        double[] field = new double[64];
                        for (int i = 0; i < field.length; i++) {
                            field[i] = Math.sin(step * 0.01 + i);
                        }
                        queue.put(new Frame(step, field));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (int e = 0; e < encoders; e++) {
            pool.execute(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Frame f = queue.take();
                        encodedCells.addAndGet(f.field().length);
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        TimeUnit.SECONDS.sleep(3);
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("encoded " + encodedCells.get() + " cells, pending " + queue.size());
    }
}
