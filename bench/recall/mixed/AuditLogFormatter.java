// EXPECT: static-formatter @ line 21
package recall3;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Audit-log writer: pool threads format timestamps through one static SimpleDateFormat,
 * whose internal Calendar is mutated during format() and is not thread-safe.
 */
public class AuditLogFormatter {
    private static final SimpleDateFormat TIMESTAMP = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");

    static String auditLine(String user, String action, long millis) {
        return TIMESTAMP.format(new Date(millis)) + " " + user + " " + action;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            final long ts = 1_600_000_000_000L + i * 86_400_123L;
            final String user = "user" + (i % 7);
            jobs.add(() -> auditLine(user, "LOGIN", ts));
        }
        List<Future<String>> lines = pool.invokeAll(jobs);
        for (Future<String> line : lines) {
            System.out.println(line.get());
        }
        pool.shutdown();
    }
}
