// EXPECT: none
package probe12a; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded outbound queue feeding the network sender threads. Publisher threads
 * block in {@link #offer} when the queue is full; sender threads block in
 * {@link #drainBatch} while it is empty.
 */
public class OutboundQueue {
    private final int capacity;
    private final Deque<String> frames = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();

    public OutboundQueue(int capacity) {
        this.capacity = capacity;
    }

    public void offer(String frame) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (frames.size() >= capacity) {
                notFull.await();
            }
            frames.addLast(frame);
            notEmpty.signal(); // OK: dedicated condition and one new frame, so waking a single waiting sender is sufficient
        } finally {
            lock.unlock();
        }
    }

    public List<String> drainBatch(int maxBatch) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (frames.isEmpty()) {
                notEmpty.await();
            }
            List<String> batch = new ArrayList<>(Math.min(maxBatch, frames.size()));
            while (batch.size() < maxBatch && !frames.isEmpty()) {
                batch.add(frames.removeFirst());
            }
            notFull.signalAll();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return frames.size();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        OutboundQueue queue = new OutboundQueue(16);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int p = 0; p < 4; p++) {
            int publisherId = p;
            pool.execute(() -> {
                try {
                    for (int i = 0; i < 5_000; i++) {
                        queue.offer("pub" + publisherId + "-" + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (int s = 0; s < 2; s++) {
            pool.execute(() -> {
                try {
                    int sent = 0;
                    while (sent < 10_000) {
                        sent += queue.drainBatch(8).size();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("left in queue: " + queue.size());
    }
}
