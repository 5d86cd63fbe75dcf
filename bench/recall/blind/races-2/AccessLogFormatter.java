// EXPECT: none
package probe2.races;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

// OK: SimpleDateFormat and StringBuilder are per-thread via ThreadLocal, so no instance is shared across threads
public final class AccessLogFormatter {
    private static final ThreadLocal<SimpleDateFormat> TIMESTAMP = ThreadLocal.withInitial(() -> {
        SimpleDateFormat f = new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    });
    private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(256));
    private static final LongAdder LINES = new LongAdder();

    private AccessLogFormatter() {
    }

    public static String format(String clientIp, String method, String path, int status, long epochMillis) {
        StringBuilder sb = SCRATCH.get();
        sb.setLength(0);
        sb.append(clientIp).append(" - - [")
                .append(TIMESTAMP.get().format(new Date(epochMillis)))
                .append("] \"").append(method).append(' ').append(path).append(" HTTP/1.1\" ")
                .append(status);
        LINES.increment();
        return sb.toString();
    }

    public static Date parseTimestamp(String text) throws java.text.ParseException {
        return TIMESTAMP.get().parse(text);
    }

    public static long linesFormatted() {
        return LINES.sum();
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        long base = 1_700_000_000_000L;
        for (int i = 0; i < 5_000; i++) {
            long ts = base + i * 1_000L;
            int status = i % 10 == 0 ? 404 : 200;
            requestThreads.execute(() -> format("10.1.2." + (ts % 255), "GET", "/items/" + ts, status, ts));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("lines=" + linesFormatted());
    }
}
