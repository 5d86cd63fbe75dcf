// EXPECT: none
package recall2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bounded work queue between request producers and worker consumers, implemented with the
 * queue's own monitor (like the pre-1.5 util.concurrent "BoundedBuffer").
 */
public class WorkQueue<T> {

    private final Deque<T> items = new ArrayDeque<>();
    private final int capacity;
    private boolean closed;

    public WorkQueue(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(T item) throws InterruptedException {
        while (items.size() == capacity && !closed) {
            wait();
        }
        if (closed) {
            throw new IllegalStateException("closed");
        }
        items.addLast(item);
        notifyAll();
    }

    /** Returns the next item, or null once the queue is closed and drained. */
    public synchronized T take() throws InterruptedException {
        while (items.isEmpty() && !closed) {
            wait();
        }
        T item = items.pollFirst();
        notifyAll();
        return item;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        WorkQueue<Integer> queue = new WorkQueue<>(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Callable<Integer> consumer = () -> {
            int n = 0;
            while (queue.take() != null) {
                n++;
            }
            return n;
        };
        Future<Integer> c1 = pool.submit(consumer);
        Future<Integer> c2 = pool.submit(consumer);
        Future<?> p1 = pool.submit(() -> {
            for (int i = 0; i < 50_000; i++) {
                queue.put(i);
            }
            return null;
        });
        Future<?> p2 = pool.submit(() -> {
            for (int i = 0; i < 50_000; i++) {
                queue.put(i);
            }
            return null;
        });
        p1.get();
        p2.get();
        queue.close();
        System.out.println("consumed " + (c1.get() + c2.get()));
        pool.shutdown();
    }
}
