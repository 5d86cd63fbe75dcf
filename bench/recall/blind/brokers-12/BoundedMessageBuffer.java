// EXPECT: wait-notify-or-condition-misuse @ line 24
package probe12a; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fixed-capacity in-memory buffer between producer threads and batch consumers.
 * Producers block when the buffer is full (backpressure); consumers block while
 * it is empty. Any number of producer and consumer threads may use it.
 */
public class BoundedMessageBuffer {
    private final int capacity;
    private final Deque<String> items = new ArrayDeque<>();

    public BoundedMessageBuffer(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(String message) throws InterruptedException {
        if (items.size() >= capacity) { // BUG: wait() guarded by 'if' instead of 'while'; after notifyAll several producers proceed and overfill the buffer
            wait();
        }
        items.addLast(message);
        notifyAll();
    }

    public synchronized List<String> takeBatch(int maxBatch) throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        List<String> batch = new ArrayList<>(Math.min(maxBatch, items.size()));
        while (batch.size() < maxBatch && !items.isEmpty()) {
            batch.add(items.removeFirst());
        }
        notifyAll();
        return batch;
    }

    public synchronized int size() {
        return items.size();
    }

    public static void main(String[] args) throws Exception {
        BoundedMessageBuffer buffer = new BoundedMessageBuffer(16);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int p = 0; p < 4; p++) {
            int producerId = p;
            pool.execute(() -> {
                try {
                    for (int i = 0; i < 5_000; i++) {
                        buffer.put("p" + producerId + "-" + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (int c = 0; c < 2; c++) {
            pool.execute(() -> {
                try {
                    int consumed = 0;
                    while (consumed < 10_000) {
                        consumed += buffer.takeBatch(8).size();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("left in buffer: " + buffer.size());
    }
}
