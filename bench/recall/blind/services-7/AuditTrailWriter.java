// EXPECT: dropped-failing-future @ line 35
package probe7a; import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Compliance audit trail for the admin console. Admin request handlers record
 * actions; the file append happens off the request thread on an I/O pool.
 */
public class AuditTrailWriter {

    public record AuditRecord(String actor, String action, String resource, Instant at) {}

    private final Path logFile;
    private final Clock clock;
    private final ExecutorService ioPool = Executors.newFixedThreadPool(2);
    private final ReentrantLock fileLock = new ReentrantLock();

    public AuditTrailWriter(Path logFile, Clock clock) {
        this.logFile = logFile;
        this.clock = clock;
    }

    /** Called from admin request handlers, e.g. DELETE /admin/users/{id}. */
    public void onAdminAction(String actor, String action, String resource) {
        AuditRecord record = new AuditRecord(actor, action, resource, clock.instant());
        CompletableFuture.runAsync(() -> append(record), ioPool); // BUG: dropped future of a task that can fail: append throws UncheckedIOException (disk full, log rotated away) or NullPointerException (null actor) on the ioPool thread; the exception is stored in the discarded future, so the request thread reports success and the audit entry silently disappears
    }

    private void append(AuditRecord r) {
        String line = String.join("\t",
                r.at().toString(),
                r.actor().strip(),
                r.action(),
                r.resource()) + System.lineSeparator();
        fileLock.lock();
        try {
            Files.writeString(logFile, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("audit append failed for " + r.resource(), e);
        } finally {
            fileLock.unlock();
        }
    }

    public void close() {
        ioPool.shutdown();
    }
}
