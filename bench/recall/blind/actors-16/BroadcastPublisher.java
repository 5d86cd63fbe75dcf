// EXPECT: iteration-while-modified @ line 36
package probe16b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hot publisher that pushes market events to every current subscriber.
 * A feed thread calls broadcast() for each event while request-handler
 * threads subscribe and unsubscribe clients concurrently.
 */
public class BroadcastPublisher {

    public interface EventSubscriber {
        void onEvent(Object event);
    }

    private final List<EventSubscriber> subscribers = new ArrayList<>();
    private final AtomicLong published = new AtomicLong();

    public synchronized void subscribe(EventSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    public synchronized void unsubscribe(EventSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public synchronized int subscriberCount() {
        return subscribers.size();
    }

    public void broadcast(Object event) {
        for (EventSubscriber s : subscribers) { // BUG: iterates the ArrayList without the lock while subscribe()/unsubscribe() modify it
            s.onEvent(event);
        }
        published.incrementAndGet();
    }

    public static void main(String[] args) throws Exception {
        BroadcastPublisher publisher = new BroadcastPublisher();
        AtomicLong received = new AtomicLong();

        Thread feed = new Thread(() -> {
            for (int i = 0; i < 200_000; i++) {
                publisher.broadcast("tick-" + i);
            }
        }, "market-feed");

        ExecutorService handlers = Executors.newFixedThreadPool(4);
        feed.start();
        for (int i = 0; i < 5_000; i++) {
            handlers.execute(() -> {
                EventSubscriber client = e -> received.incrementAndGet();
                publisher.subscribe(client);
                publisher.unsubscribe(client);
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        feed.join();
        System.out.println("published " + publisher.published.get() + ", received " + received.get());
    }
}
