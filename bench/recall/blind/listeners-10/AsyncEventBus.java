// EXPECT: lost-update-on-plain-field @ line 40
package probe10b; import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Asynchronous event bus: every (event, subscriber) pair is delivered as its
 * own task on a shared worker pool, so subscribers run in parallel.
 */
public class AsyncEventBus {

    public interface Subscriber {
        void handle(Object event);
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService pool;
    private long deliveredCount;
    private long failedCount;

    public AsyncEventBus(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    public void register(Subscriber s) {
        subscribers.add(s);
    }

    public void post(Object event) {
        for (Subscriber s : subscribers) {
            pool.execute(() -> deliver(s, event));
        }
    }

    private void deliver(Subscriber s, Object event) {
        try {
            s.handle(event);
            deliveredCount++; // BUG: unsynchronized read-modify-write from several pool threads loses increments
        } catch (RuntimeException e) {
            synchronized (this) {
                failedCount++;
            }
        }
    }

    public long awaitAndCount() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        synchronized (this) {
            return deliveredCount + failedCount;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AsyncEventBus bus = new AsyncEventBus(8);
        for (int i = 0; i < 4; i++) {
            bus.register(event -> {
                if (event.hashCode() == 42) {
                    throw new IllegalStateException("rejected");
                }
            });
        }

        Thread[] producers = new Thread[3];
        for (int p = 0; p < producers.length; p++) {
            int base = p * 100_000;
            producers[p] = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    bus.post(base + i);
                }
            }, "producer-" + p);
            producers[p].start();
        }
        for (Thread t : producers) {
            t.join();
        }
        System.out.println("handled=" + bus.awaitAndCount() + " (expected 240000)");
    }
}
