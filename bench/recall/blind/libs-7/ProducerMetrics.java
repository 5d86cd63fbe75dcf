// EXPECT: non-atomic-volatile-update @ line 30
package probe7b; import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Client-side send metrics shared by all sender threads of a producer.
 * Sender threads call {@link #recordSend} after each acknowledged batch;
 * the metrics reporter thread reads the totals periodically.
 */
public final class ProducerMetrics {

    private final String clientId;
    private final Map<String, LongAdder> bytesByTopic = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();
    private volatile long recordsSent;
    private volatile long lastAckNanos;

    public ProducerMetrics(String clientId) {
        this.clientId = clientId;
    }

    /** Called concurrently by every sender thread when a batch is acknowledged. */
    public void recordSend(String topic, int recordCount, int bytes) {
        bytesByTopic.computeIfAbsent(topic, t -> new LongAdder()).add(bytes);
        recordsSent += recordCount; // BUG: volatile read-add-write is not atomic; two sender threads acking batches at the same time both read the same old value and one increment is lost
        lastAckNanos = System.nanoTime();
    }

    public void recordError() {
        errors.increment();
    }

    public long recordsSent() {
        return recordsSent;
    }

    public long bytesSent(String topic) {
        LongAdder adder = bytesByTopic.get(topic);
        return adder == null ? 0L : adder.sum();
    }

    public String describe() {
        Map<String, Long> snapshot = new TreeMap<>();
        bytesByTopic.forEach((topic, adder) -> snapshot.put(topic, adder.sum()));
        long idleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastAckNanos);
        return "client=" + clientId + " records=" + recordsSent + " errors=" + errors.sum()
                + " bytes=" + snapshot + " idleMs=" + idleMillis;
    }

    public static void main(String[] args) throws InterruptedException {
        ProducerMetrics metrics = new ProducerMetrics("producer-1");
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            String topic = "events-" + (i % 2);
            senders.execute(() -> {
                for (int batch = 0; batch < 10_000; batch++) {
                    metrics.recordSend(topic, 16, 4096);
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println(metrics.describe());
    }
}
