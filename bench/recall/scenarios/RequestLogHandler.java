// EXPECT: none
package recall2;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Request handler singleton that renders an access-log line and a legacy "Expires" header for
 * every request. It is called concurrently by all container threads.
 */
public final class RequestLogHandler {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final RequestLogHandler INSTANCE = new RequestLogHandler("edge-1", Map.of("X-Frame-Options", "DENY"));

    private final String serverName;
    private final Map<String, String> fixedHeaders;

    private RequestLogHandler(String serverName, Map<String, String> fixedHeaders) {
        this.serverName = serverName;
        this.fixedHeaders = Map.copyOf(fixedHeaders);
    }

    public static RequestLogHandler getInstance() {
        return INSTANCE;
    }

    public String accessLine(String method, String uri, int status, long epochMillis) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(ISO.format(Instant.ofEpochMilli(epochMillis)))
                .append(' ').append(serverName)
                .append(' ').append(method).append(' ').append(uri)
                .append(' ').append(status);
        return sb.toString();
    }

    public String expiresHeader(long epochMillis) {
        SimpleDateFormat rfc1123 = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
        rfc1123.setTimeZone(java.util.TimeZone.getTimeZone("GMT"));
        return "Expires: " + rfc1123.format(new Date(epochMillis));
    }

    public Map<String, String> fixedHeaders() {
        return fixedHeaders;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService container = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final long when = 1_600_000_000_000L + i * 1000L;
            container.execute(() -> {
                RequestLogHandler h = getInstance();
                h.accessLine("GET", "/", 200, when);
                h.expiresHeader(when + 3_600_000L);
            });
        }
        container.shutdown();
        container.awaitTermination(1, TimeUnit.MINUTES);
    }
}
