// EXPECT: wait-notify-or-condition-misuse @ line 30
package probe14a; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded hand-off between the extract stage (one reader thread) and the
 * transform stage (several worker threads). Batches are lists of raw lines.
 */
public class BatchHandoffQueue {

    private final Deque<List<String>> batches = new ArrayDeque<>();
    private final int capacity;

    public BatchHandoffQueue(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(List<String> batch) throws InterruptedException {
        while (batches.size() >= capacity) {
            wait();
        }
        batches.addLast(batch);
        notifyAll();
    }

    public synchronized List<String> take() throws InterruptedException {
        if (batches.isEmpty()) { // BUG: condition checked with if instead of while; a woken consumer can find the queue already drained by another consumer (or wake spuriously)
            wait();
        }
        List<String> batch = batches.removeFirst();
        notifyAll();
        return batch;
    }

    public static void main(String[] args) throws InterruptedException {
        BatchHandoffQueue queue = new BatchHandoffQueue(4);
        AtomicLong transformed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        List<String> batch = queue.take();
                        if (batch.isEmpty()) {
                            return;
                        }
                        for (String line : batch) {
                            transformed.addAndGet(line.trim().toUpperCase().length());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "transform-" + w);
            workers.add(t);
            t.start();
        }

        Thread reader = new Thread(() -> {
            try {
                for (int b = 0; b < 500; b++) {
                    List<String> batch = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        batch.add(" line " + b + "/" + i + " ");
                    }
                    queue.put(batch);
                }
                for (int w = 0; w < 4; w++) {
                    queue.put(List.of());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "extract");
        reader.start();

        reader.join();
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("transformed chars: " + transformed.get());
    }
}
