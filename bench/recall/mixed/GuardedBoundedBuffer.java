// EXPECT: none
package recall3;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded buffer with several producers and consumers, written the textbook way: waits are
 * in while loops, state changes are signalled with notifyAll, the closed flag is volatile,
 * and interrupts are propagated rather than swallowed.
 */
public class GuardedBoundedBuffer<T> {
    private final Deque<T> items = new ArrayDeque<>();
    private final int capacity;
    private volatile boolean closed;

    GuardedBoundedBuffer(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(T item) throws InterruptedException {
        while (items.size() == capacity && !closed) {
            wait();
        }
        if (closed) {
            throw new IllegalStateException("buffer closed");
        }
        items.addLast(item);
        notifyAll();
    }

    /** Returns null once the buffer is closed and drained. */
    public synchronized T take() throws InterruptedException {
        while (items.isEmpty() && !closed) {
            wait();
        }
        if (items.isEmpty()) {
            return null;
        }
        T item = items.removeFirst();
        notifyAll();
        return item;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public boolean isClosed() {
        return closed;
    }

    public static void main(String[] args) throws InterruptedException {
        GuardedBoundedBuffer<Integer> buffer = new GuardedBoundedBuffer<>(4);
        AtomicLong consumed = new AtomicLong();
        Thread[] producers = new Thread[3];
        Thread[] consumers = new Thread[3];
        for (int i = 0; i < 3; i++) {
            producers[i] = new Thread(() -> {
                try {
                    for (int k = 1; k <= 1_000; k++) {
                        buffer.put(k);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "producer-" + i);
            consumers[i] = new Thread(() -> {
                try {
                    Integer item;
                    while ((item = buffer.take()) != null) {
                        consumed.addAndGet(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + i);
        }
        for (int i = 0; i < 3; i++) {
            producers[i].start();
            consumers[i].start();
        }
        for (Thread p : producers) {
            p.join();
        }
        buffer.close();
        for (Thread c : consumers) {
            c.join();
        }
        System.out.println("consumed sum=" + consumed.get() + " expected=" + 3L * 500_500);
    }
}
