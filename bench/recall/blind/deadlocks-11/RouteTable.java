// EXPECT: lock-upgrade @ line 33
package probe11c; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Resolves logical service names to backend addresses for the API gateway.
 * resolve() is called by every request-handling thread; a scheduler thread
 * periodically invalidates entries so they are re-fetched from discovery.
 */
public class RouteTable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, List<String>> routes = new HashMap<>();
    private final Function<String, List<String>> discovery;

    public RouteTable(Function<String, List<String>> discovery) {
        this.discovery = discovery;
    }

    public String resolve(String service) {
        lock.readLock().lock();
        try {
            List<String> backends = routes.get(service);
            if (backends == null) {
                lock.writeLock().lock(); // BUG: read-to-write upgrade; ReentrantReadWriteLock never grants the write lock while this thread still holds the read lock
                try {
                    backends = routes.computeIfAbsent(service, discovery);
                } finally {
                    lock.writeLock().unlock();
                }
            }
            return backends.get(ThreadLocalRandom.current().nextInt(backends.size()));
        } finally {
            lock.readLock().unlock();
        }
    }

    public void invalidate(String service) {
        lock.writeLock().lock();
        try {
            routes.remove(service);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return routes.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RouteTable table = new RouteTable(svc -> List.of(svc + "-a:8080", svc + "-b:8080"));
        String[] services = {"orders", "billing", "search", "profile"};

        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleAtFixedRate(
                () -> table.invalidate(services[ThreadLocalRandom.current().nextInt(services.length)]),
                10, 10, TimeUnit.MILLISECONDS);

        ExecutorService handlers = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 100_000; i++) {
            String svc = services[i % services.length];
            handlers.submit(() -> table.resolve(svc));
        }
        handlers.shutdown();
        handlers.awaitTermination(30, TimeUnit.SECONDS);
        refresher.shutdownNow();
        System.out.println("routes cached: " + table.size());
    }
}
