// EXPECT: chm-mutable-arraylist-value @ line 19
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Pub/sub broker index: topic -> subscribed client ids, updated by connection threads.
public class TopicSubscriptionIndex {

    private final ConcurrentMap<String, List<String>> subscribers = new ConcurrentHashMap<>();

    public void subscribe(String topic, String clientId) {
        subscribers.putIfAbsent(topic, new ArrayList<>());
        subscribers.get(topic).add(clientId); // BUG: plain ArrayList value mutated outside any lock; concurrent subscribers race (lost adds / corrupted list)
    }

    public List<String> subscribersOf(String topic) {
        List<String> subs = subscribers.get(topic);
        return subs == null ? List.of() : new ArrayList<>(subs);
    }

    public int topicCount() {
        return subscribers.size();
    }

    public int subscriptionCount() {
        int n = 0;
        for (String topic : subscribers.keySet()) {
            n += subscribersOf(topic).size();
        }
        return n;
    }

    public static void main(String[] args) throws InterruptedException {
        TopicSubscriptionIndex index = new TopicSubscriptionIndex();
        String[] topics = {"prices", "trades", "news"};
        ExecutorService connections = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            final int conn = c;
            connections.execute(() -> {
                for (int i = 0; i < 3_000; i++) {
                    try {
                        index.subscribe(topics[i % topics.length], "client-" + conn + "-" + i);
                    } catch (RuntimeException e) {
                        System.out.println("subscribe failed: " + e);
                        return;
                    }
                }
            });
        }
        connections.shutdown();
        connections.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("topics=" + index.topicCount() + " subscriptions=" + index.subscriptionCount()
                + " (expected 24000)");
    }
}
