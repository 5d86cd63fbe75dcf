// EXPECT: static-formatter @ line 27
package recall2;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Produces Apache "common" log format lines for an HTTP access log valve. Every connector
 * thread formats its own request line through the shared static helper.
 */
public final class AccessLogFormatter {

    private static final SimpleDateFormat TIMESTAMP_FORMAT =
            new SimpleDateFormat("[dd/MMM/yyyy:HH:mm:ss Z]", Locale.US);

    private AccessLogFormatter() {
    }

    public static String format(String remoteAddr, String user, String method, String uri,
            String protocol, int status, long bytes, long timeMillis) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(remoteAddr).append(" - ").append(user == null ? "-" : user).append(' ');
        sb.append(TIMESTAMP_FORMAT.format(new Date(timeMillis)));
        sb.append(" \"").append(method).append(' ').append(uri).append(' ').append(protocol).append("\" ");
        sb.append(status).append(' ').append(bytes <= 0 ? "-" : Long.toString(bytes));
        return sb.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService connectors = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final long when = 1_600_000_000_000L + i * 3_600_000L;
            connectors.execute(() -> System.out.println(
                    format("10.0.0.1", null, "GET", "/index.html", "HTTP/1.1", 200, 512, when)));
        }
        connectors.shutdown();
        connectors.awaitTermination(1, TimeUnit.MINUTES);
    }
}
