// EXPECT: none
package recall3;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Access-log formatting from a worker pool. The legacy SimpleDateFormat is kept per thread in
 * a ThreadLocal; the java.time formatter is immutable and safe to share as a static constant.
 */
public class ThreadLocalDates {
    private static final ThreadLocal<SimpleDateFormat> LEGACY =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z"));
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

    static String accessLogLine(long millis, String path) {
        return "[" + LEGACY.get().format(new Date(millis)) + "] "
                + ISO.format(Instant.ofEpochMilli(millis)) + " GET " + path;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            final long ts = 1_650_000_000_000L + i * 3_600_000L;
            final String path = "/items/" + i;
            jobs.add(() -> accessLogLine(ts, path));
        }
        int lines = 0;
        for (Future<String> f : pool.invokeAll(jobs)) {
            if (!f.get().isEmpty()) {
                lines++;
            }
        }
        pool.shutdown();
        System.out.println(lines + " log lines formatted");
    }
}
