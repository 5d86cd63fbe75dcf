// EXPECT: this-escape-constructor-listener @ line 39
package probe3.mix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Per-region aggregation of order events coming from the checkout service.
 * Every hub subscribes itself to the global dispatch list.
 */
public class OrderEventHub implements Consumer<OrderEventHub.OrderEvent> {

    public record OrderEvent(String region, String orderId, BigDecimal amount) { }

    private static final List<Consumer<OrderEvent>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final ExecutorService DISPATCH = Executors.newSingleThreadExecutor();

    public static void publish(String region, String orderId, BigDecimal amount) {
        DISPATCH.execute(() -> {
            OrderEvent event = new OrderEvent(region, orderId, amount);
            for (Consumer<OrderEvent> listener : LISTENERS) {
                listener.accept(event);
            }
        });
    }

    private final String region;
    private final BigDecimal alertThreshold;
    private final Map<String, BigDecimal> totalsByOrder;

    public OrderEventHub(String region, BigDecimal alertThreshold) {
        LISTENERS.add(this); // BUG: this escapes to the dispatch thread before region/alertThreshold/totalsByOrder are assigned
        this.region = region;
        this.alertThreshold = alertThreshold;
        this.totalsByOrder = new ConcurrentHashMap<>();
    }

    @Override
    public void accept(OrderEvent event) {
        if (!region.equals(event.region())) {
            return;
        }
        BigDecimal total = totalsByOrder.merge(event.orderId(), event.amount(), BigDecimal::add);
        if (total.compareTo(alertThreshold) > 0) {
            System.out.printf("[%s] order %s exceeded threshold: %s%n", region, event.orderId(), total);
        }
    }

    public BigDecimal totalFor(String orderId) {
        return totalsByOrder.getOrDefault(orderId, BigDecimal.ZERO);
    }

    public static void main(String[] args) throws InterruptedException {
        OrderEventHub eu = new OrderEventHub("eu-west", new BigDecimal("500"));
        Thread feeder = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                publish(i % 2 == 0 ? "eu-west" : "us-east", "ord-" + (i % 17), new BigDecimal("42.50"));
            }
        }, "checkout-feed");
        feeder.start();
        OrderEventHub us = new OrderEventHub("us-east", new BigDecimal("750"));
        feeder.join();
        DISPATCH.shutdown();
        DISPATCH.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(eu.totalFor("ord-3") + " / " + us.totalFor("ord-4"));
    }
}
