// EXPECT: lock-without-finally-unlock @ line 28
package probe.dl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Appender shared by all request threads; serialises records into the audit sink. */
public class AuditLogAppender {

    public record AuditEvent(String user, String pattern, Object... args) {}

    private final ReentrantLock writeLock = new ReentrantLock();
    private final Writer sink;
    private long sequence;

    public AuditLogAppender(Writer sink) {
        this.sink = sink;
    }

    public void append(AuditEvent event) throws IOException {
        writeLock.lock(); // BUG: String.format below may throw IllegalFormatException before the try, so the lock is never released
        String line = (++sequence) + " " + event.user() + " "
                + String.format(Locale.ROOT, event.pattern(), event.args());
        try {
            sink.write(line);
            sink.write('\n');
        } finally {
            writeLock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StringWriter out = new StringWriter();
        AuditLogAppender appender = new AuditLogAppender(out);
        ExecutorService requestThreads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            final int n = i;
            requestThreads.execute(() -> {
                try {
                    appender.append(n == 13
                            ? new AuditEvent("mallory", "refund %d cents", "not-a-number")
                            : new AuditEvent("alice", "viewed invoice %d", n));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        requestThreads.shutdown();
        if (!requestThreads.awaitTermination(5, TimeUnit.SECONDS)) {
            System.err.println("appender threads are stuck");
        }
    }
}
