// EXPECT: none
package recall2;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Minimal publish/subscribe bus. Subscribers may register or unregister from any thread,
 * including from inside a callback, while events are being published.
 */
public class EventBus<E> {

    private final List<Consumer<? super E>> subscribers = new CopyOnWriteArrayList<>();
    private final String name;

    public EventBus(String name) {
        this.name = name;
    }

    public Runnable subscribe(Consumer<? super E> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(E event) {
        for (Consumer<? super E> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                System.err.println(name + ": subscriber failed: " + e);
            }
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    public static void main(String[] args) throws InterruptedException {
        EventBus<String> bus = new EventBus<>("orders");
        Thread publisher = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                bus.publish("order-" + i);
            }
        });
        Thread subscriberChurn = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                Runnable unsubscribe = bus.subscribe(e -> { });
                unsubscribe.run();
            }
        });
        publisher.start();
        subscriberChurn.start();
        publisher.join();
        subscriberChurn.join();
    }
}
