// EXPECT: sync-on-collection-view @ line 33
package probe11b; import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the set of live push subscribers. register() and unregister() are called by the
 * connection handler threads; broadcast() is called by the publisher thread.
 */
public class SubscriberDirectory {

    public interface Subscriber {
        void deliver(String message);
    }

    private final Map<String, Subscriber> subscribers = Collections.synchronizedMap(new HashMap<>());
    private final Set<String> subscriberIds = subscribers.keySet();

    public void register(String id, Subscriber subscriber) {
        subscribers.put(id, subscriber);
    }

    public void unregister(String id) {
        subscribers.remove(id);
    }

    public int broadcast(String message) {
        int delivered = 0;
        synchronized (subscriberIds) { // BUG: locks the keySet view, not the map's mutex; concurrent register() can cause ConcurrentModificationException
            for (String id : subscriberIds) {
                Subscriber s = subscribers.get(id);
                if (s != null) {
                    s.deliver(message);
                    delivered++;
                }
            }
        }
        return delivered;
    }

    public static void main(String[] args) throws InterruptedException {
        SubscriberDirectory directory = new SubscriberDirectory();
        ExecutorService connections = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            String id = "client-" + i;
            connections.execute(() -> directory.register(id, m -> { }));
        }
        Thread publisher = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                directory.broadcast("tick " + i);
            }
        }, "publisher");
        publisher.start();
        connections.shutdown();
        connections.awaitTermination(10, TimeUnit.SECONDS);
        publisher.join();
    }
}
