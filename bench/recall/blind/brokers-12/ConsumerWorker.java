// EXPECT: interrupt-or-executor-future-misuse @ line 43
package probe12a; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Pulls deliveries from the local prefetch buffer and hands them to the
 * application handler on a small worker pool. {@link #shutdown} is called from
 * the application's shutdown path and must stop all workers.
 */
public class ConsumerWorker {
    public record Delivery(long tag, String body) { }

    private final BlockingQueue<Delivery> prefetch;
    private final Consumer<Delivery> handler;
    private final ExecutorService workers;
    private final int workerCount;
    private final AtomicLong acked = new AtomicLong();

    public ConsumerWorker(BlockingQueue<Delivery> prefetch, Consumer<Delivery> handler, int workerCount) {
        this.prefetch = prefetch;
        this.handler = handler;
        this.workerCount = workerCount;
        this.workers = Executors.newFixedThreadPool(workerCount);
    }

    public void start() {
        for (int i = 0; i < workerCount; i++) {
            workers.execute(this::consumeLoop);
        }
    }

    private void consumeLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Delivery delivery = prefetch.take();
                handler.accept(delivery);
                acked.incrementAndGet();
            } catch (InterruptedException e) { // BUG: interrupt swallowed (flag cleared) and loop continues, so shutdownNow() never stops the worker
                System.err.println("consumer interrupted while waiting for delivery, retrying");
            } catch (RuntimeException e) {
                System.err.println("handler failed: " + e.getMessage());
            }
        }
    }

    public boolean shutdown(long timeoutSeconds) throws InterruptedException {
        workers.shutdownNow();
        return workers.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }

    public long ackedCount() {
        return acked.get();
    }

    public static void main(String[] args) throws Exception {
        BlockingQueue<Delivery> prefetch = new LinkedBlockingQueue<>(256);
        ConsumerWorker worker = new ConsumerWorker(prefetch, d -> { }, 3);
        worker.start();
        for (long tag = 1; tag <= 1_000; tag++) {
            prefetch.put(new Delivery(tag, "payload-" + tag));
        }
        Thread.sleep(200);
        boolean stopped = worker.shutdown(5);
        System.out.println("acked " + worker.ackedCount() + ", stopped cleanly: " + stopped);
    }
}
