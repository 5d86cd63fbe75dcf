// EXPECT: iteration-while-modified @ line 35
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Notifies interested components (query cache, replication, wait_for requests) after
 * each near-real-time refresh. Listeners are registered from request threads while
 * the scheduled refresh task fires them.
 */
public class RefreshListenerRegistry {

    public interface RefreshListener {
        void afterRefresh(long generation);
    }

    private final List<RefreshListener> listeners = new ArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    public synchronized void addListener(RefreshListener listener) {
        listeners.add(listener);
    }

    public synchronized int listenerCount() {
        return listeners.size();
    }

    /** Invoked by the refresh scheduler thread. */
    void refresh() {
        long gen = generation.incrementAndGet();
        for (RefreshListener listener : listeners) { // BUG: iterates the ArrayList without the lock while addListener() mutates it (ConcurrentModificationException / stale view)
            listener.afterRefresh(gen);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RefreshListenerRegistry registry = new RefreshListenerRegistry();
        AtomicLong notifications = new AtomicLong();
        ScheduledExecutorService refreshScheduler = Executors.newSingleThreadScheduledExecutor();
        refreshScheduler.scheduleAtFixedRate(registry::refresh, 1, 1, TimeUnit.MILLISECONDS);

        ExecutorService requestThreads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            requestThreads.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    registry.addListener(gen -> notifications.incrementAndGet());
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(1, TimeUnit.MINUTES);
        refreshScheduler.shutdown();
        refreshScheduler.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(registry.listenerCount() + " listeners, " + notifications.get() + " notifications");
    }
}
