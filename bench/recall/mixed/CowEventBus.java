// EXPECT: none
package recall3;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Event bus whose subscriber list is a CopyOnWriteArrayList: subscribers are added and removed
 * while the publisher thread iterates over a snapshot, and callbacks run without holding any
 * lock.
 */
public class CowEventBus {
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

    public Runnable subscribe(Consumer<String> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(String event) {
        for (Consumer<String> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CowEventBus bus = new CowEventBus();
        AtomicInteger received = new AtomicInteger();
        bus.subscribe(e -> received.incrementAndGet());
        Thread publisher = new Thread(() -> {
            for (int i = 0; i < 5_000; i++) {
                bus.publish("event-" + i);
            }
        }, "publisher");
        Thread churn = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                Runnable unsubscribe = bus.subscribe(e -> received.incrementAndGet());
                Thread.yield();
                unsubscribe.run();
            }
        }, "subscriber-churn");
        publisher.start();
        churn.start();
        publisher.join();
        churn.join();
        System.out.println("received " + received.get() + " (at least 5000)");
    }
}
