// EXPECT: none
package probe14b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded queue of input and repaint events for the UI dispatch thread.
 *
 * The input reader and several background workers post events; the single
 * dispatch thread takes and handles them in order. Posting blocks while the
 * queue is full so a runaway worker cannot starve input handling.
 */
public class UiEventQueue {

    private final Runnable[] events;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private int head;
    private int tail;
    private int count;

    public UiEventQueue(int capacity) {
        events = new Runnable[capacity];
    }

    public void post(Runnable event) throws InterruptedException {
        lock.lock();
        try {
            while (count == events.length) {
                notFull.await();
            }
            events[tail] = event;
            tail = (tail + 1) % events.length;
            count++;
            notEmpty.signal(); // OK: only the dispatch thread waits on notEmpty and each post adds exactly one event, so a single signal suffices
        } finally {
            lock.unlock();
        }
    }

    public Runnable next() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            Runnable event = events[head];
            events[head] = null;
            head = (head + 1) % events.length;
            count--;
            notFull.signal();
            return event;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        UiEventQueue queue = new UiEventQueue(4);
        int posters = 6;
        int perPoster = 200;

        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            final int id = p;
            Thread poster = new Thread(() -> {
                try {
                    for (int i = 0; i < perPoster; i++) {
                        final int seq = i;
                        queue.post(() -> {
                            if (seq % 100 == 0) {
                                System.out.println("handled event " + id + "/" + seq);
                            }
                        });
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "background-worker-" + p);
            threads.add(poster);
        }

        Thread dispatchThread = new Thread(() -> {
            try {
                for (int handled = 0; handled < posters * perPoster; handled++) {
                    queue.next().run();
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
