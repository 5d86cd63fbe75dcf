// EXPECT: none
package probe12a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Consumes deliveries from the prefetch buffer and acknowledges them in batches.
 * Runs on a worker pool; {@link #close} is invoked from the shutdown hook and
 * stops the workers via interruption, flushing any pending acks first.
 */
public class AckingConsumer {
    public record Delivery(long tag, String body) { }

    private final BlockingQueue<Delivery> prefetch;
    private final Consumer<Delivery> handler;
    private final ExecutorService workers;
    private final int workerCount;
    private final int ackBatch;
    private final AtomicLong acked = new AtomicLong();

    public AckingConsumer(BlockingQueue<Delivery> prefetch, Consumer<Delivery> handler,
                          int workerCount, int ackBatch) {
        this.prefetch = prefetch;
        this.handler = handler;
        this.workerCount = workerCount;
        this.ackBatch = ackBatch;
        this.workers = Executors.newFixedThreadPool(workerCount);
    }

    public void start() {
        for (int i = 0; i < workerCount; i++) {
            workers.execute(this::consumeLoop);
        }
    }

    private void consumeLoop() {
        List<Long> pendingAcks = new ArrayList<>(ackBatch);
        while (true) {
            try {
                Delivery delivery = prefetch.take();
                handler.accept(delivery);
                pendingAcks.add(delivery.tag());
                if (pendingAcks.size() >= ackBatch) {
                    ack(pendingAcks);
                }
            } catch (InterruptedException e) { // OK: interruption ends the loop immediately; the task returns so the pool thread can terminate
                break;
            }
        }
        ack(pendingAcks);
    }

    private void ack(List<Long> tags) {
        if (!tags.isEmpty()) {
            acked.addAndGet(tags.size());
            tags.clear();
        }
    }

    public boolean close(long timeoutSeconds) throws InterruptedException {
        workers.shutdownNow();
        return workers.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }

    public long ackedCount() {
        return acked.get();
    }

    public static void main(String[] args) throws Exception {
        BlockingQueue<Delivery> prefetch = new LinkedBlockingQueue<>(256);
        AckingConsumer consumer = new AckingConsumer(prefetch, d -> { }, 3, 50);
        consumer.start();
        for (long tag = 1; tag <= 1_000; tag++) {
            prefetch.put(new Delivery(tag, "payload-" + tag));
        }
        Thread.sleep(200);
        boolean stopped = consumer.close(5);
        System.out.println("acked " + consumer.ackedCount() + ", stopped cleanly: " + stopped);
    }
}
