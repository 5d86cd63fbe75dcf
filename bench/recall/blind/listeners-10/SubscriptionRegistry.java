// EXPECT: alien-call-under-lock @ line 29
package probe10b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry of key-change subscribers. The replication thread publishes changes;
 * subscribers may close themselves at any time from the maintenance thread.
 */
public class SubscriptionRegistry {

    public interface Subscriber {
        void onChange(String key, String value);
    }

    private final List<Subscriber> subscribers = new ArrayList<>();

    public synchronized void subscribe(Subscriber s) {
        subscribers.add(s);
    }

    public synchronized void unsubscribe(Subscriber s) {
        subscribers.remove(s);
    }

    public synchronized void publish(String key, String value) {
        for (Subscriber s : subscribers) {
            s.onChange(key, value); // BUG: foreign callback runs under registry lock; LocalCache.close holds cache lock and calls unsubscribe
        }
    }

    /** Near cache kept in sync with the registry. */
    static final class LocalCache implements Subscriber {
        private final Map<String, String> entries = new HashMap<>();
        private final SubscriptionRegistry registry;
        private boolean open = true;

        LocalCache(SubscriptionRegistry registry) {
            this.registry = registry;
        }

        @Override
        public synchronized void onChange(String key, String value) {
            if (open) {
                entries.put(key, value);
            }
        }

        public synchronized void close() {
            open = false;
            entries.clear();
            registry.unsubscribe(this);
        }

        public synchronized int size() {
            return entries.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SubscriptionRegistry registry = new SubscriptionRegistry();
        List<LocalCache> caches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalCache c = new LocalCache(registry);
            registry.subscribe(c);
            caches.add(c);
        }

        Thread replication = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                registry.publish("k" + (i % 100), "v" + i);
            }
        }, "replication");

        Thread maintenance = new Thread(() -> {
            for (LocalCache c : caches) {
                c.close();
            }
        }, "cache-maintenance");

        replication.start();
        maintenance.start();
        replication.join();
        maintenance.join();
    }
}
