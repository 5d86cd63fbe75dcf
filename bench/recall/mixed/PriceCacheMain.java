// EXPECT: check-then-act @ line 25
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quote cache backed by a ConcurrentHashMap. Each individual map operation is thread-safe,
 * but the containsKey/put sequence is not atomic, so the expensive load runs more than once
 * per symbol and later loads overwrite quotes that other threads already returned.
 */
public class PriceCacheMain {

    static final class QuoteCache {
        private final Map<String, Double> cache = new ConcurrentHashMap<>();
        private final AtomicInteger loads = new AtomicInteger();

        double quote(String symbol) {
            if (!cache.containsKey(symbol)) {
                cache.put(symbol, load(symbol));
            }
            return cache.get(symbol);
        }

        private double load(String symbol) {
            loads.incrementAndGet();
            return Math.abs(symbol.hashCode() % 1000) / 10.0 + Math.random();
        }
    }

    public static void main(String[] args) throws Exception {
        QuoteCache cache = new QuoteCache();
        String[] symbols = {"ACME", "GLOBEX", "INITECH", "UMBRELLA"};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Double>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String sym = symbols[i % symbols.length];
            results.add(pool.submit(() -> cache.quote(sym)));
        }
        double total = 0;
        for (Future<Double> f : results) {
            total += f.get();
        }
        pool.shutdown();
        System.out.println("total=" + total + " loads=" + cache.loads.get() + " (expected 4)");
    }
}
