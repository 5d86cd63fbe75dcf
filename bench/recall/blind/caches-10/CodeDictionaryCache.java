// EXPECT: none
package probe10c; import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Read-through dictionary for product codes.
 * describe() is called concurrently by query threads. On a miss the code is queued and
 * a placeholder returned; the single loader thread resolves queued codes in the background.
 */
public class CodeDictionaryCache {

    private static final String PENDING = "<pending>";

    private final ConcurrentHashMap<String, String> entries = new ConcurrentHashMap<>();
    private final BlockingQueue<String> misses = new LinkedBlockingQueue<>();
    private final LongAdder lookups = new LongAdder();
    private final Thread loader;

    public CodeDictionaryCache() {
        loader = new Thread(this::loadLoop, "dictionary-loader");
        loader.setDaemon(true);
        loader.start();
    }

    public String describe(String code) {
        lookups.increment();
        String d = entries.get(code);
        if (d == null) {
            misses.offer(code);
            return PENDING;
        }
        return d;
    }

    private void loadLoop() {
        try {
            while (true) {
                String code = misses.take();
                if (!entries.containsKey(code)) {
                    entries.put(code, fetchDescription(code)); // OK: check-then-act only runs on the single loader thread, the sole writer of entries
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String fetchDescription(String code) {
        return "Product " + code.toUpperCase(Locale.ROOT);
    }

    public int size() {
        return entries.size();
    }

    public static void main(String[] args) throws InterruptedException {
        CodeDictionaryCache cache = new CodeDictionaryCache();
        ExecutorService queries = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            queries.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    cache.describe("sku" + (i % 200));
                }
            });
        }
        queries.shutdown();
        queries.awaitTermination(1, TimeUnit.MINUTES);
        Thread.sleep(200);
        System.out.println("cached=" + cache.size() + " lookups=" + cache.lookups.sum());
    }
}
