// EXPECT: this-escape @ line 23
package probe8b; import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers change events to registered listeners on a dedicated dispatcher
 * thread. Any thread may publish or subscribe.
 */
public class ChangeFeedDispatcher implements AutoCloseable {
    private final Thread worker;
    private final BlockingQueue<String> queue;
    private final List<Consumer<String>> listeners;

    public ChangeFeedDispatcher(String name) {
        this.worker = new Thread(this::dispatchLoop, name + "-dispatcher");
        this.worker.setDaemon(true);
        this.worker.start(); // BUG: this escapes to the started thread before queue and listeners are assigned; dispatchLoop can read null fields
        this.queue = new LinkedBlockingQueue<>();
        this.listeners = new CopyOnWriteArrayList<>();
    }

    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void publish(String change) {
        queue.add(change);
    }

    private void dispatchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String change = queue.take();
                for (Consumer<String> l : listeners) {
                    try {
                        l.accept(change);
                    } catch (RuntimeException e) {
                        System.err.println("listener failed: " + e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.interrupt();
    }

    public static void main(String[] args) throws InterruptedException {
        try (ChangeFeedDispatcher feed = new ChangeFeedDispatcher("catalog")) {
            feed.subscribe(c -> System.out.println("cache invalidate " + c));
            ExecutorService writers = Executors.newFixedThreadPool(3);
            for (int i = 0; i < 100; i++) {
                final int sku = i;
                writers.execute(() -> feed.publish("sku-" + sku + " updated"));
            }
            writers.shutdown();
            writers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
