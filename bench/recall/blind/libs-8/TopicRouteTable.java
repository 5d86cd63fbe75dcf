// EXPECT: none
package probe8b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Topic-to-broker routing table. Producer threads resolve routes while the
 * metadata refresher and admin requests add routes concurrently.
 */
public class TopicRouteTable {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, String> brokerByTopic = new HashMap<>();
    private long version;

    public String route(String topic) {
        lock.readLock().lock();
        try {
            return brokerByTopic.get(topic);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds a route unless one already exists; returns true if the table changed. */
    public boolean addRoute(String topic, String broker) {
        lock.writeLock().lock(); // OK: released in the finally block below on every path, including the early return
        try {
            if (brokerByTopic.containsKey(topic)) {
                return false;
            }
            brokerByTopic.put(topic, broker);
            version++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long version() {
        lock.readLock().lock();
        try {
            return version;
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TopicRouteTable routes = new TopicRouteTable();
        String[] topics = {"orders", "payments", "clicks", "audit"};
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 4_000; i++) {
            final String topic = topics[i % topics.length];
            final int broker = i % 3;
            if (i % 3 == 0) {
                pool.execute(() -> routes.addRoute(topic, "broker-" + broker + ":9092"));
            } else {
                pool.execute(() -> routes.route(topic));
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("routing table version " + routes.version());
    }
}
