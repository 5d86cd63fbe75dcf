// EXPECT: blocking-call-under-lock @ line 40
package probe7a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Transactional-outbox relay: order-service threads append domain events,
 * a single flusher thread ships them to the message broker in batches.
 */
public class OutboxBatcher {

    public record OutboxEvent(long seq, String aggregateId, String payload) {}

    private final BlockingQueue<OutboxEvent> queue = new ArrayBlockingQueue<>(1_000);
    private final ReentrantLock lock = new ReentrantLock();
    private final Consumer<List<OutboxEvent>> brokerSink;
    private final Thread flusher;
    private long acceptedSeq;    // guarded by lock
    private long drainedSeq;     // guarded by lock

    public OutboxBatcher(Consumer<List<OutboxEvent>> brokerSink) {
        this.brokerSink = brokerSink;
        this.flusher = new Thread(this::flushLoop, "outbox-flusher");
        this.flusher.setDaemon(true);
    }

    public void start() {
        flusher.start();
    }

    /** Called by order-service request threads after committing a write. */
    public long append(String aggregateId, String payload) throws InterruptedException {
        lock.lock();
        try {
            long seq = ++acceptedSeq;
            queue.put(new OutboxEvent(seq, aggregateId, payload)); // BUG: blocking put while holding lock: when the broker is slow and the queue fills, this request thread parks inside put() still holding lock, while the outbox-flusher needs the same lock to drainTo() and make room, so flusher and every appender deadlock
            return seq;
        } finally {
            lock.unlock();
        }
    }

    /** Number of events accepted but not yet picked up by the flusher. */
    public long lag() {
        lock.lock();
        try {
            return acceptedSeq - drainedSeq;
        } finally {
            lock.unlock();
        }
    }

    private void flushLoop() {
        List<OutboxEvent> batch = new ArrayList<>(200);
        while (!Thread.currentThread().isInterrupted()) {
            lock.lock();
            try {
                queue.drainTo(batch, 200);
                if (!batch.isEmpty()) {
                    drainedSeq = batch.get(batch.size() - 1).seq();
                }
            } finally {
                lock.unlock();
            }
            try {
                if (batch.isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(50);
                    continue;
                }
                publishWithRetry(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void publishWithRetry(List<OutboxEvent> batch) throws InterruptedException {
        long backoffMs = 100;
        while (true) {
            try {
                brokerSink.accept(List.copyOf(batch));
                return;
            } catch (RuntimeException e) {
                System.err.println("broker publish failed, retrying in " + backoffMs + "ms: " + e);
                TimeUnit.MILLISECONDS.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
    }
}
