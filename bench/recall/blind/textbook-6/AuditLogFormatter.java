// EXPECT: none
package probe6c;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Audit log writer: several worker threads format timestamps for audit lines.
 * Each thread gets its own SimpleDateFormat instance.
 */
public class AuditLogFormatter {
    private static final ThreadLocal<SimpleDateFormat> STAMP =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS"));

    static String auditLine(String actor, String action, long whenMillis) {
        String ts = STAMP.get().format(new Date(whenMillis)); // OK: ThreadLocal gives each thread its own SimpleDateFormat
        return ts + " " + actor + " " + action;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService writers = Executors.newFixedThreadPool(3);
        String[] actors = {"alice", "bob", "carol", "dave"};
        long now = 1_700_000_000_000L;
        for (int i = 0; i < 20; i++) {
            final String actor = actors[i % actors.length];
            final long when = now + i * 1_234L;
            final int n = i;
            writers.execute(() -> System.out.println(auditLine(actor, "action#" + n, when)));
        }
        writers.shutdown();
        writers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
