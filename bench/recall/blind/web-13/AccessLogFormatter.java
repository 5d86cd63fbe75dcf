// EXPECT: none
package probe13b; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Formats access-log lines in Common Log Format.
 * One formatter instance is shared by the access-log valve; format() is
 * called concurrently by every request thread after the response is committed.
 */
public class AccessLogFormatter {

    private static final ThreadLocal<SimpleDateFormat> CLF_DATE = ThreadLocal.withInitial(
            () -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z", Locale.US));

    private final String serverName;

    public AccessLogFormatter(String serverName) {
        this.serverName = serverName;
    }

    public String format(String remoteAddr, String user, String method, String uri,
                         int status, long bytesSent, long timestampMillis) {
        StringBuilder line = new StringBuilder(128);
        line.append(remoteAddr).append(" - ")
                .append(user == null ? "-" : user)
                .append(" [").append(formatTimestamp(timestampMillis)).append("] \"")
                .append(method).append(' ').append(uri).append(" HTTP/1.1\" ")
                .append(status).append(' ')
                .append(bytesSent > 0 ? Long.toString(bytesSent) : "-")
                .append(" vhost=").append(serverName);
        return line.toString();
    }

    private static String formatTimestamp(long epochMillis) {
        return CLF_DATE.get().format(new Date(epochMillis)); // OK: each request thread gets its own SimpleDateFormat from the ThreadLocal, so no instance is shared
    }

    public static void main(String[] args) throws InterruptedException {
        AccessLogFormatter formatter = new AccessLogFormatter("www.example.com");
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            requestThreads.execute(() -> {
                String line = formatter.format("10.0.0." + (n % 255), null, "GET", "/static/app.js",
                        200, 1024 + n, 1_600_000_000_000L + n * 1_000L);
                if (n % 2_500 == 0) {
                    System.out.println(line);
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
