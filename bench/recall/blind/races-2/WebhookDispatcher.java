// EXPECT: superclass-helper-unguarded-write @ line 38
package probe2.races;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Delivers outbound webhooks on a pool of delivery threads. Channels keep
 * failure statistics that the ops dashboard reads.
 */
public class WebhookDispatcher {

    /** Base class shared by all delivery channels; statistics are guarded by {@code this}. */
    abstract static class DeliveryChannel {
        private final Deque<String> recentFailures = new ArrayDeque<>();
        private int failureCount;

        public synchronized int failureCount() {
            return failureCount;
        }

        public synchronized List<String> recentFailures() {
            return new ArrayList<>(recentFailures);
        }

        protected void noteFailure(String reason) {
            synchronized (this) {
                recentFailures.addLast(reason);
                if (recentFailures.size() > 20) {
                    recentFailures.removeFirst();
                }
            }
            failureCount++; // BUG: inherited helper updates failureCount outside the monitor; called from many delivery threads
        }

        abstract void deliver(String endpoint, String payload);
    }

    static final class HttpWebhookChannel extends DeliveryChannel {
        @Override
        void deliver(String endpoint, String payload) {
            int status = simulatePost(endpoint, payload);
            if (status >= 400) {
                noteFailure(endpoint + " -> HTTP " + status);
            }
        }

        private static int simulatePost(String endpoint, String payload) {
            return (endpoint.hashCode() + payload.length()) % 4 == 0 ? 503 : 200;
        }
    }

    private final DeliveryChannel channel = new HttpWebhookChannel();
    private final ExecutorService deliveryThreads = Executors.newFixedThreadPool(6);

    public void dispatch(String endpoint, String payload) {
        deliveryThreads.execute(() -> channel.deliver(endpoint, payload));
    }

    public void drain() throws InterruptedException {
        deliveryThreads.shutdown();
        deliveryThreads.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        for (int i = 0; i < 3_000; i++) {
            dispatcher.dispatch("https://hooks.example.com/t/" + (i % 40), "{\"event\":" + i + "}");
        }
        dispatcher.drain();
        System.out.println("failures=" + dispatcher.channel.failureCount()
                + " recent=" + dispatcher.channel.recentFailures().size());
    }
}
