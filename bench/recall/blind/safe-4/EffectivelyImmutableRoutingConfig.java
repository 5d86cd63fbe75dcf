// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// Message-broker consumer configuration loaded from "properties" at startup.
// OK: effectively immutable -- fully built (setters included) by main before any worker is submitted, never modified afterwards; executor submit gives happens-before
public class EffectivelyImmutableRoutingConfig {

    private final Map<String, String> queueToHandler = new HashMap<>();
    private final List<String> blockedSenders = new ArrayList<>();
    private int maxRetries;
    private long retryDelayMillis;

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public void setRetryDelayMillis(long retryDelayMillis) {
        this.retryDelayMillis = retryDelayMillis;
    }

    public void mapQueue(String queue, String handler) {
        queueToHandler.put(queue, handler);
    }

    public void block(String sender) {
        blockedSenders.add(sender);
    }

    public String handlerFor(String queue) {
        return queueToHandler.getOrDefault(queue, "dead-letter");
    }

    public boolean isBlocked(String sender) {
        return blockedSenders.contains(sender);
    }

    public long backoffFor(int attempt) {
        return attempt > maxRetries ? -1 : retryDelayMillis << Math.min(attempt, 10);
    }

    public static void main(String[] args) throws Exception {
        EffectivelyImmutableRoutingConfig config = new EffectivelyImmutableRoutingConfig();
        config.setMaxRetries(4);
        config.setRetryDelayMillis(25);
        config.mapQueue("orders", "OrderHandler");
        config.mapQueue("payments", "PaymentHandler");
        config.mapQueue("emails", "MailHandler");
        config.block("spam-bot");

        ExecutorService consumers = Executors.newFixedThreadPool(3);
        List<Future<String>> results = new ArrayList<>();
        String[] queues = {"orders", "payments", "emails", "unknown"};
        for (int c = 0; c < 12; c++) {
            final String queue = queues[c % queues.length];
            final String sender = c % 5 == 0 ? "spam-bot" : "svc-" + c;
            results.add(consumers.submit(() -> {
                if (config.isBlocked(sender)) {
                    return queue + ": dropped " + sender;
                }
                return queue + " -> " + config.handlerFor(queue) + " backoff(2)=" + config.backoffFor(2);
            }));
        }
        for (Future<String> f : results) {
            System.out.println(f.get());
        }
        consumers.shutdown();
    }
}
