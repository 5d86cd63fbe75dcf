// EXPECT: none
package probe8b; import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fans replication events out to registered handlers from one dispatcher
 * thread. Publish and subscribe may be called from any thread.
 */
public final class ReplicationEventDispatcher implements AutoCloseable {
    private final BlockingQueue<String> queue;
    private final List<Consumer<String>> handlers;
    private final Thread worker;

    public ReplicationEventDispatcher(String name) {
        this.queue = new LinkedBlockingQueue<>();
        this.handlers = new CopyOnWriteArrayList<>();
        this.worker = new Thread(this::dispatchLoop, name + "-repl-dispatcher");
        this.worker.setDaemon(true);
        this.worker.start(); // OK: final class and the last constructor statement; every field is assigned first and Thread.start() happens-before the worker's actions
    }

    public void subscribe(Consumer<String> handler) {
        handlers.add(handler);
    }

    public void publish(String event) {
        queue.add(event);
    }

    private void dispatchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String event = queue.take();
                for (Consumer<String> h : handlers) {
                    try {
                        h.accept(event);
                    } catch (RuntimeException e) {
                        System.err.println("handler failed: " + e);
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
        try (ReplicationEventDispatcher dispatcher = new ReplicationEventDispatcher("shard-7")) {
            dispatcher.subscribe(e -> System.out.println("apply " + e));
            ExecutorService sources = Executors.newFixedThreadPool(3);
            for (int i = 0; i < 100; i++) {
                final long lsn = 1_000L + i;
                sources.execute(() -> dispatcher.publish("lsn=" + lsn));
            }
            sources.shutdown();
            sources.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
