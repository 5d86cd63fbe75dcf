// EXPECT: wait-notify-or-condition-misuse @ line 24
package probe14b; import java.util.ArrayList;
import java.util.List;

/**
 * Bounded hand-off from background workers to the UI dispatch thread.
 *
 * Several worker threads call put() with finished results; the single dispatch
 * thread drains them with take() and applies them to the view. A full queue
 * throttles the workers so the UI is never flooded.
 */
public class WorkerResultQueue<T> {

    private final Object[] items;
    private int head;
    private int tail;
    private int count;

    public WorkerResultQueue(int capacity) {
        items = new Object[capacity];
    }

    public synchronized void put(T result) throws InterruptedException {
        if (count == items.length) { // BUG: wait() not re-checked in a loop; notifyAll() wakes several blocked workers and all of them enqueue, overwriting unconsumed results
            wait();
        }
        items[tail] = result;
        tail = (tail + 1) % items.length;
        count++;
        notifyAll();
    }

    @SuppressWarnings("unchecked")
    public synchronized T take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        T result = (T) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notifyAll();
        return result;
    }

    public synchronized int size() {
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        WorkerResultQueue<String> queue = new WorkerResultQueue<>(4);
        int workers = 6;
        int perWorker = 200;

        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            final int id = w;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < perWorker; i++) {
                        queue.put("tile " + id + "/" + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "render-worker-" + w);
            threads.add(worker);
        }

        Thread dispatchThread = new Thread(() -> {
            try {
                for (int applied = 0; applied < workers * perWorker; applied++) {
                    String tile = queue.take();
                    if (applied % 100 == 0) {
                        System.out.println("applied " + tile);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ui-dispatch");

        dispatchThread.start();
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        dispatchThread.join();
    }
}
