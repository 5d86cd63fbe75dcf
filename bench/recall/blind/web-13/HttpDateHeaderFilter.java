// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 43
package probe13b; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Response filter that adds Date, Last-Modified and Cache-Control headers.
 * A single filter instance is installed in the chain; apply() is called
 * concurrently by all request threads.
 */
public class HttpDateHeaderFilter {

    private static final SimpleDateFormat HTTP_DATE =
            new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    static {
        HTTP_DATE.setTimeZone(TimeZone.getTimeZone("GMT"));
    }

    private final long maxAgeSeconds;

    public HttpDateHeaderFilter(long maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    public Map<String, String> apply(Map<String, String> responseHeaders, long nowMillis, long lastModifiedMillis) {
        Map<String, String> headers = new LinkedHashMap<>(responseHeaders);
        headers.put("Date", formatHttpDate(nowMillis));
        if (lastModifiedMillis > 0) {
            headers.put("Last-Modified", formatHttpDate(lastModifiedMillis));
        }
        headers.put("Cache-Control", "public, max-age=" + maxAgeSeconds);
        return headers;
    }

    private static String formatHttpDate(long epochMillis) {
        return HTTP_DATE.format(new Date(epochMillis)); // BUG: shared static SimpleDateFormat is not thread-safe; concurrent request threads corrupt its internal Calendar
    }

    public static void main(String[] args) throws InterruptedException {
        HttpDateHeaderFilter filter = new HttpDateHeaderFilter(300);
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            long lastModified = 1_600_000_000_000L + i * 86_400_000L;
            requestThreads.execute(() -> {
                Map<String, String> headers = filter.apply(
                        Map.of("Content-Type", "text/html"), System.currentTimeMillis(), lastModified);
                if (!headers.get("Last-Modified").endsWith("GMT")) {
                    System.out.println("malformed header: " + headers);
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
