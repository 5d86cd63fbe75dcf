// EXPECT: none
package probe9a; import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Renders HTTP access log lines in common log format. One formatter instance is
 * shared by the server and called concurrently by every connection handler.
 */
public class AccessLogFormatter {

    private static final ThreadLocal<SimpleDateFormat> TIMESTAMP =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z"));

    public record Request(long epochMillis, String clientIp, String method, String path, int status, long bytes) {
    }

    public String format(Request r) {
        StringBuilder line = new StringBuilder(128);
        line.append(r.clientIp()).append(" - - [");
        line.append(TIMESTAMP.get().format(new Date(r.epochMillis()))); // OK: each thread uses its own SimpleDateFormat from the ThreadLocal
        line.append("] \"").append(r.method()).append(' ').append(r.path()).append(" HTTP/1.1\" ");
        line.append(r.status()).append(' ').append(r.bytes());
        return line.toString();
    }

    public static void main(String[] args) throws Exception {
        AccessLogFormatter formatter = new AccessLogFormatter();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        List<Future<String>> lines = new ArrayList<>();
        long base = 1_700_000_000_000L;
        for (int i = 0; i < 5_000; i++) {
            Request r = new Request(base + i * 3_600_017L, "10.0.0." + (i % 250), "GET", "/items/" + i, 200, 512 + i);
            lines.add(handlers.submit(() -> formatter.format(r)));
        }
        int count = 0;
        for (Future<String> f : lines) {
            if (f.get().length() > 0) {
                count++;
            }
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("formatted " + count + " lines");
    }
}
