// EXPECT: none
package probe15c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Unbounded queue of ready jobs fed by the cron thread and drained by a fixed
 * set of dispatcher threads. Only dispatchers ever wait on this monitor.
 */
public class DispatchQueue {
    private final Deque<Runnable> ready = new ArrayDeque<>();
    private boolean closed;

    public synchronized void offer(Runnable job) {
        if (closed) {
            throw new IllegalStateException("queue closed");
        }
        ready.addLast(job);
        notify(); // OK: all waiters wait for the same condition (non-empty) and each offer adds one job, so waking one waiter suffices
    }

    /** Returns null once the queue has been closed and drained. */
    public synchronized Runnable poll() throws InterruptedException {
        while (ready.isEmpty() && !closed) {
            wait();
        }
        return ready.pollFirst();
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public static void main(String[] args) throws InterruptedException {
        DispatchQueue queue = new DispatchQueue();
        Thread[] dispatchers = new Thread[3];
        for (int i = 0; i < dispatchers.length; i++) {
            dispatchers[i] = new Thread(() -> {
                try {
                    Runnable job;
                    while ((job = queue.poll()) != null) {
                        job.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "dispatcher-" + i);
            dispatchers[i].start();
        }

        Thread cron = new Thread(() -> {
            for (int tick = 0; tick < 50; tick++) {
                final int t = tick;
                queue.offer(() -> System.out.println("cron tick " + t));
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            queue.close();
        }, "cron");
        cron.start();
        cron.join();
        for (Thread d : dispatchers) {
            d.join();
        }
    }
}
