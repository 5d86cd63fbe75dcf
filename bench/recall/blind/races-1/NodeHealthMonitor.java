// EXPECT: this-escape-in-constructor @ line 42
package probe.races;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Counts node failures reported by the cluster membership feed and raises alerts. */
public class NodeHealthMonitor {

    /** Delivers membership events to listeners on its own dispatcher thread. */
    public static final class MembershipFeed {
        private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService dispatcher = Executors.newSingleThreadScheduledExecutor();

        public void addListener(Consumer<String> listener) {
            listeners.add(listener);
        }

        public void start() {
            dispatcher.scheduleAtFixedRate(() -> {
                String event = "node-" + ThreadLocalRandom.current().nextInt(5) + ":DOWN";
                listeners.forEach(l -> l.accept(event));
            }, 0, 1, TimeUnit.MILLISECONDS);
        }

        public void stop() {
            dispatcher.shutdownNow();
        }
    }

    private final Map<String, Integer> failuresByNode;
    private final int alertThreshold;

    public NodeHealthMonitor(MembershipFeed feed, int alertThreshold) {
        feed.addListener(this::onMembershipEvent); // BUG: 'this' escapes to the feed's dispatcher thread before failuresByNode/alertThreshold are assigned
        this.failuresByNode = new ConcurrentHashMap<>();
        this.alertThreshold = alertThreshold;
    }

    private void onMembershipEvent(String event) {
        String node = event.substring(0, event.indexOf(':'));
        int failures = failuresByNode.merge(node, 1, Integer::sum);
        if (failures == alertThreshold) {
            System.out.println("ALERT: " + node + " failed " + failures + " health checks");
        }
    }

    public int failuresOf(String node) {
        return failuresByNode.getOrDefault(node, 0);
    }

    public static void main(String[] args) throws InterruptedException {
        MembershipFeed feed = new MembershipFeed();
        feed.start();
        Thread.sleep(5);
        NodeHealthMonitor monitor = new NodeHealthMonitor(feed, 3);
        Thread.sleep(50);
        feed.stop();
        System.out.println("node-0 failures: " + monitor.failuresOf("node-0"));
    }
}
