// EXPECT: wait-notify-or-condition-misuse @ line 32
package probe13a; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hand-off queue between the batch builder (producer) and the settlement submitters
 * (two consumer threads, one per clearing connection). Batches are closed by the builder
 * and picked up by whichever submitter is free.
 */
public class SettlementBatchQueue {

    public record SettlementBatch(String batchId, int paymentCount, long totalMinor) {}

    private final Deque<SettlementBatch> pending = new ArrayDeque<>();
    private boolean closed;

    public synchronized void submit(SettlementBatch batch) {
        if (closed) {
            throw new IllegalStateException("queue closed");
        }
        pending.addLast(batch);
        notifyAll();
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Returns the next batch, or null once the queue is closed and drained. */
    public synchronized SettlementBatch take() throws InterruptedException {
        if (pending.isEmpty() && !closed) { // BUG: wait() guarded by 'if' instead of a loop; another submitter can drain the batch first
            wait();
        }
        if (pending.isEmpty()) {
            return null;
        }
        return pending.removeFirst();
    }

    public static void main(String[] args) throws InterruptedException {
        SettlementBatchQueue queue = new SettlementBatchQueue();
        Runnable submitter = () -> {
            try {
                SettlementBatch b;
                while ((b = queue.take()) != null) {
                    System.out.println(Thread.currentThread().getName() + " submitting " + b.batchId());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread primary = new Thread(submitter, "submitter-primary");
        Thread secondary = new Thread(submitter, "submitter-secondary");
        primary.start();
        secondary.start();
        for (int i = 0; i < 50; i++) {
            queue.submit(new SettlementBatch("SB-" + i, 120, 120L * 1_999));
            Thread.sleep(5);
        }
        queue.close();
        primary.join();
        secondary.join();
    }
}
