// EXPECT: unlocked-iteration-of-synchronized-collection @ line 27
package probe.races;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Lightweight in-process event bus; plugins subscribe and unsubscribe while events are flowing. */
public class InProcessEventBus {
    private final List<Consumer<String>> subscribers = Collections.synchronizedList(new ArrayList<>());

    public void subscribe(Consumer<String> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<String> subscriber) {
        subscribers.remove(subscriber);
    }

    public int publish(String event) {
        int delivered = 0;
        for (Consumer<String> subscriber : subscribers) { // BUG: iterates a synchronizedList without holding its lock while other threads subscribe/unsubscribe (ConcurrentModificationException)
            subscriber.accept(event);
            delivered++;
        }
        return delivered;
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    public static void main(String[] args) throws InterruptedException {
        InProcessEventBus bus = new InProcessEventBus();
        AtomicLong received = new AtomicLong();
        bus.subscribe(e -> received.incrementAndGet());

        Thread publisher = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                bus.publish("order-created:" + i);
            }
        }, "order-publisher");
        publisher.start();

        ExecutorService plugins = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 500; i++) {
            plugins.submit(() -> {
                Consumer<String> plugin = e -> received.incrementAndGet();
                bus.subscribe(plugin);
                bus.unsubscribe(plugin);
            });
        }
        plugins.shutdown();
        plugins.awaitTermination(5, TimeUnit.SECONDS);
        publisher.join();
        System.out.println("received " + received.get() + ", subscribers " + bus.subscriberCount());
    }
}
