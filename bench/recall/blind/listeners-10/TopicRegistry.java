// EXPECT: check-then-act @ line 24
package probe10b; import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Topic-to-subscriber registry for the websocket gateway. subscribe() and
 * broadcast() are called concurrently by connection handler threads.
 */
public class TopicRegistry {

    public interface Connection {
        void send(String topic, String payload);
    }

    private final ConcurrentHashMap<String, Set<Connection>> topics = new ConcurrentHashMap<>();

    public void subscribe(String topic, Connection conn) {
        Set<Connection> subs = topics.get(topic);
        if (subs == null) {
            subs = ConcurrentHashMap.newKeySet();
            topics.put(topic, subs); // BUG: check-then-put; a racing subscriber's freshly created set is overwritten and its subscription lost
        }
        subs.add(conn);
    }

    public void unsubscribe(String topic, Connection conn) {
        Set<Connection> subs = topics.get(topic);
        if (subs != null) {
            subs.remove(conn);
        }
    }

    public int broadcast(String topic, String payload) {
        Set<Connection> subs = topics.get(topic);
        if (subs == null) {
            return 0;
        }
        int sent = 0;
        for (Connection c : subs) {
            c.send(topic, payload);
            sent++;
        }
        return sent;
    }

    public int subscriberCount(String topic) {
        Set<Connection> subs = topics.get(topic);
        return subs == null ? 0 : subs.size();
    }

    public static void main(String[] args) throws InterruptedException {
        TopicRegistry registry = new TopicRegistry();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            int connId = i;
            handlers.submit(() -> registry.subscribe("prices." + (connId % 10),
                    (t, p) -> System.out.print("")));
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);

        int total = 0;
        for (int t = 0; t < 10; t++) {
            total += registry.subscriberCount("prices." + t);
        }
        System.out.println("subscribed=" + total + " (expected 1000)");
    }
}
