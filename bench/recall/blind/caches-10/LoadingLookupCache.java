// EXPECT: lost-update-on-plain-field @ line 31
package probe10c; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Memoizing loader for reference data (customer segments, tariff codes, ...).
 * get() is called concurrently by all transformation workers; stats() by the metrics thread.
 */
public class LoadingLookupCache<K, V> {

    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> loader;
    private final LongAdder hits = new LongAdder();
    private long loads;

    public LoadingLookupCache(Function<K, V> loader) {
        this.loader = loader;
    }

    public V get(K key) {
        V v = values.get(key);
        if (v != null) {
            hits.increment();
            return v;
        }
        return values.computeIfAbsent(key, k -> {
            loads++; // BUG: plain long incremented inside computeIfAbsent; the bin lock is per key, so loads for different keys race and increments are lost
            return loader.apply(k);
        });
    }

    public String stats() {
        return "hits=" + hits.sum() + " loads=" + loads + " size=" + values.size();
    }

    public void invalidate(K key) {
        values.remove(key);
    }

    public static void main(String[] args) throws InterruptedException {
        LoadingLookupCache<Integer, String> segments =
                new LoadingLookupCache<>(id -> "segment-" + (id % 7));
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            final int offset = w * 10_000;
            workers.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    segments.get(offset + i);
                    segments.get(i % 50);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(segments.stats());
    }
}
