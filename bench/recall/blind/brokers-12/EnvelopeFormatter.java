// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 30
package probe12a; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Renders consumed message envelopes into a human-readable trace line for the
 * message-tracing topic. {@link #render} is called by every consumer thread.
 */
public class EnvelopeFormatter {
    public record Envelope(String topic, int partition, long offset, long timestampMillis,
                           Map<String, String> headers) { }

    private static final SimpleDateFormat TIMESTAMP =
            new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final String brokerId;

    public EnvelopeFormatter(String brokerId) {
        this.brokerId = brokerId;
    }

    public String render(Envelope envelope) {
        StringBuilder line = new StringBuilder(128);
        line.append(TIMESTAMP.format(new Date(envelope.timestampMillis()))); // BUG: shared SimpleDateFormat used concurrently by consumer threads (not thread-safe)
        line.append(' ').append(brokerId)
            .append(' ').append(envelope.topic())
            .append('-').append(envelope.partition())
            .append('@').append(envelope.offset());
        envelope.headers().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        return line.toString();
    }

    public static void main(String[] args) throws Exception {
        EnvelopeFormatter formatter = new EnvelopeFormatter("broker-1");
        ConcurrentLinkedQueue<String> traceTopic = new ConcurrentLinkedQueue<>();
        ExecutorService consumers = Executors.newFixedThreadPool(4);
        List<String> topics = List.of("orders", "payments", "shipments", "refunds");
        for (String topic : topics) {
            consumers.execute(() -> {
                long base = System.currentTimeMillis();
                for (long offset = 0; offset < 10_000; offset++) {
                    Envelope e = new Envelope(topic, (int) (offset % 3), offset,
                            base - offset * 7919, Map.of("trace-id", Long.toHexString(offset)));
                    traceTopic.add(formatter.render(e));
                }
            });
        }
        consumers.shutdown();
        consumers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("trace lines: " + traceTopic.size());
        System.out.println(traceTopic.peek());
    }
}
