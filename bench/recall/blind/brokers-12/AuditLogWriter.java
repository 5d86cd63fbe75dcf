// EXPECT: none
package probe12a; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Formats acknowledgement events into audit-log lines. Ack handler threads call
 * {@link #recordAck} concurrently; the lines are queued for a single writer.
 */
public class AuditLogWriter {
    private static final ThreadLocal<SimpleDateFormat> STAMP =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS"));

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String queueName;

    public AuditLogWriter(String queueName) {
        this.queueName = queueName;
    }

    public void recordAck(String consumerTag, long deliveryTag, boolean multiple, long ackedAtMillis) {
        StringBuilder line = new StringBuilder(96);
        line.append(STAMP.get().format(new Date(ackedAtMillis))); // OK: ThreadLocal gives each thread its own SimpleDateFormat instance
        line.append(" ACK queue=").append(queueName)
            .append(" consumer=").append(consumerTag)
            .append(" tag=").append(deliveryTag);
        if (multiple) {
            line.append(" multiple");
        }
        lines.add(line.toString());
    }

    public int drainTo(StringBuilder out) {
        int n = 0;
        String line;
        while ((line = lines.poll()) != null) {
            out.append(line).append('\n');
            n++;
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        AuditLogWriter audit = new AuditLogWriter("orders");
        ExecutorService ackHandlers = Executors.newFixedThreadPool(4);
        for (int h = 0; h < 4; h++) {
            String consumerTag = "ctag-" + h;
            ackHandlers.execute(() -> {
                long base = System.currentTimeMillis();
                for (long tag = 1; tag <= 10_000; tag++) {
                    audit.recordAck(consumerTag, tag, tag % 50 == 0, base - tag * 7919);
                }
            });
        }
        ackHandlers.shutdown();
        ackHandlers.awaitTermination(1, TimeUnit.MINUTES);
        StringBuilder out = new StringBuilder();
        System.out.println("audit lines: " + audit.drainTo(out));
    }
}
