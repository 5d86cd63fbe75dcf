// EXPECT: shared-non-thread-safe-jdk-object @ line 48
package probe17b; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Adds caching headers to responses served from the gateway's response cache.
 * decorate() is invoked concurrently by every request worker thread.
 */
public class CacheHeaderWriter {

    private static final SimpleDateFormat HTTP_DATE = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US);

    static {
        HTTP_DATE.setTimeZone(TimeZone.getTimeZone("GMT"));
    }

    public record CachedEntry(String body, long storedAtMillis, long ttlMillis) {}

    private final Map<String, CachedEntry> cache = new ConcurrentHashMap<>();

    public void store(String key, String body, long ttlMillis) {
        cache.put(key, new CachedEntry(body, System.currentTimeMillis(), ttlMillis));
    }

    public Map<String, String> decorate(String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        CachedEntry entry = cache.get(key);
        if (entry == null) {
            headers.put("Cache-Control", "no-store");
            return headers;
        }
        long expiresAt = entry.storedAtMillis() + entry.ttlMillis();
        headers.put("Cache-Control", "public, max-age=" + entry.ttlMillis() / 1000);
        headers.put("Expires", formatHttpDate(expiresAt));
        headers.put("X-Cache", "HIT");
        return headers;
    }

    static String formatHttpDate(long epochMillis) {
        return HTTP_DATE.format(new Date(epochMillis)); // BUG: static SimpleDateFormat shared by all request threads; format() mutates its internal Calendar
    }

    public static void main(String[] args) throws InterruptedException {
        CacheHeaderWriter writer = new CacheHeaderWriter();
        for (int i = 0; i < 32; i++) {
            writer.store("/catalog/" + i, "{\"item\":" + i + "}", (i + 1) * 60_000L);
        }
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String key = "/catalog/" + (i % 40);
            workers.execute(() -> {
                Map<String, String> h = writer.decorate(key);
                if (h.containsKey("Expires") && h.get("Expires").length() != 29) {
                    System.out.println("corrupted Expires header: " + h.get("Expires"));
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
