// EXPECT: none
package probe4.safe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

// In-process event bus for cache-invalidation events; listeners come and go at runtime.
// OK: listeners live in a CopyOnWriteArrayList, so publish() iterates a stable snapshot while other threads (or a listener itself) subscribe/unsubscribe
public class CowListenerBus {

    public interface Listener {
        void onEvent(String topic, long seq);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    public Runnable subscribe(Listener l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    public void subscribeOnce(Listener l) {
        listeners.add(new Listener() {
            @Override
            public void onEvent(String topic, long seq) {
                if (listeners.remove(this)) {
                    l.onEvent(topic, seq);
                }
            }
        });
    }

    public void publish(String topic) {
        long seq = sequence.incrementAndGet();
        for (Listener l : listeners) {
            l.onEvent(topic, seq);
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    public static void main(String[] args) throws InterruptedException {
        CowListenerBus bus = new CowListenerBus();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger onceFired = new AtomicInteger();
        bus.subscribe((topic, seq) -> delivered.incrementAndGet());

        Thread churn = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                Runnable unsubscribe = bus.subscribe((topic, seq) -> delivered.incrementAndGet());
                bus.subscribeOnce((topic, seq) -> onceFired.incrementAndGet());
                Thread.onSpinWait();
                unsubscribe.run();
            }
        }, "churn");
        Thread publisher = new Thread(() -> {
            int published = 0;
            while (churn.isAlive() || published < 5000) {
                bus.publish("cache/products");
                published++;
            }
        }, "publisher");
        churn.start();
        publisher.start();
        churn.join();
        publisher.join();
        bus.publish("cache/flush");
        System.out.println("delivered=" + delivered.get() + " once=" + onceFired.get()
                + " remaining=" + bus.listenerCount());
    }
}
