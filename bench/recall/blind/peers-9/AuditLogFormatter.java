// EXPECT: non-thread-safe-static @ line 24
package probe9a; import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Renders audit events as single log lines. One formatter instance is shared
 * by the whole service and called concurrently from the worker pool.
 */
public class AuditLogFormatter {

    private static final SimpleDateFormat TIMESTAMP = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    public record AuditEvent(long epochMillis, String actor, String action, String target) {
    }

    public String format(AuditEvent event) {
        StringBuilder line = new StringBuilder(96);
        line.append(TIMESTAMP.format(new Date(event.epochMillis()))); // BUG: static SimpleDateFormat shared across threads; its internal Calendar gets corrupted
        line.append(' ').append(event.actor());
        line.append(' ').append(event.action());
        line.append(' ').append(event.target());
        return line.toString();
    }

    public static void main(String[] args) throws Exception {
        AuditLogFormatter formatter = new AuditLogFormatter();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<String>> lines = new ArrayList<>();
        long base = 1_700_000_000_000L;
        for (int i = 0; i < 5_000; i++) {
            AuditEvent event = new AuditEvent(base + i * 3_600_017L, "user" + (i % 13), "UPDATE", "order/" + i);
            lines.add(workers.submit(() -> formatter.format(event)));
        }
        int count = 0;
        for (Future<String> f : lines) {
            if (f.get().length() > 0) {
                count++;
            }
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("formatted " + count + " lines");
    }
}
