// EXPECT: none
package probe4.safe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

// Warehouse stock service: concurrent reservations, restocks and per-SKU demand counters.
// OK: every read-modify-write is a single atomic ConcurrentHashMap compute/merge/computeIfAbsent; the boolean[] captured by the lambda is local to the calling thread
public class ChmInventoryCounter {

    private final ConcurrentHashMap<String, Integer> stock = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> demand = new ConcurrentHashMap<>();

    public void restock(String sku, int units) {
        stock.merge(sku, units, Integer::sum);
    }

    public boolean reserve(String sku, int units) {
        demand.computeIfAbsent(sku, k -> new LongAdder()).increment();
        boolean[] granted = new boolean[1];
        stock.compute(sku, (k, available) -> {
            if (available == null || available < units) {
                return available;
            }
            granted[0] = true;
            return available - units;
        });
        return granted[0];
    }

    public int available(String sku) {
        return stock.getOrDefault(sku, 0);
    }

    public long demandFor(String sku) {
        LongAdder a = demand.get(sku);
        return a == null ? 0 : a.sum();
    }

    public static void main(String[] args) throws InterruptedException {
        ChmInventoryCounter inv = new ChmInventoryCounter();
        String[] skus = {"A-100", "B-200", "C-300"};
        for (String s : skus) {
            inv.restock(s, 1000);
        }
        LongAdder granted = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            final int worker = t;
            pool.execute(() -> {
                for (int i = 0; i < 2000; i++) {
                    String sku = skus[(i + worker) % skus.length];
                    if (inv.reserve(sku, 1)) {
                        granted.increment();
                    }
                    if (i % 50 == 0) {
                        inv.restock(sku, 5);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long left = 0;
        for (String s : skus) {
            left += inv.available(s);
        }
        long restocked = 3000 + 8 * 40 * 5;
        System.out.println("granted=" + granted.sum() + " left=" + left
                + " consistent=" + (granted.sum() + left == restocked) + " demandA=" + inv.demandFor("A-100"));
        Map<String, Integer> view = Map.copyOf(inv.stock);
        System.out.println(view);
    }
}
