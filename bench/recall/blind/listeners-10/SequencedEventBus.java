// EXPECT: none
package probe10b; import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Ordered event bus: all deliveries run on one dispatcher thread so
 * subscribers observe events in posting order. Producers post from any thread
 * and a metrics reporter reads the delivered count concurrently.
 */
public class SequencedEventBus {

    public interface Subscriber {
        void handle(Object event);
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(
            r -> new Thread(r, "sequenced-dispatcher"));
    private volatile long deliveredCount;
    private volatile long failedCount;

    public void register(Subscriber s) {
        subscribers.add(s);
    }

    public void post(Object event) {
        dispatcher.execute(() -> {
            for (Subscriber s : subscribers) {
                deliver(s, event);
            }
        });
    }

    private void deliver(Subscriber s, Object event) {
        try {
            s.handle(event);
            deliveredCount++; // OK: only the single dispatcher thread ever writes; volatile publishes the value to readers
        } catch (RuntimeException e) {
            failedCount++;
        }
    }

    public long delivered() {
        return deliveredCount;
    }

    public long awaitAndCount() throws InterruptedException {
        dispatcher.shutdown();
        dispatcher.awaitTermination(30, TimeUnit.SECONDS);
        return deliveredCount + failedCount;
    }

    public static void main(String[] args) throws InterruptedException {
        SequencedEventBus bus = new SequencedEventBus();
        for (int i = 0; i < 4; i++) {
            bus.register(event -> {
                if (event.hashCode() == 42) {
                    throw new IllegalStateException("rejected");
                }
            });
        }

        Thread reporter = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.out.println("delivered so far: " + bus.delivered());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "metrics-reporter");
        reporter.start();

        Thread[] producers = new Thread[3];
        for (int p = 0; p < producers.length; p++) {
            int base = p * 100_000;
            producers[p] = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    bus.post(base + i);
                }
            }, "producer-" + p);
            producers[p].start();
        }
        for (Thread t : producers) {
            t.join();
        }
        System.out.println("handled=" + bus.awaitAndCount() + " (expected 240000)");
        reporter.interrupt();
    }
}
