// EXPECT: blocking-in-async-stage @ line 30
package probe3.mix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Compares physical warehouse counts with ERP expectations for each site
 * and reports discrepancies.
 */
public class InventoryReconciler {

    private final ExecutorService io = Executors.newFixedThreadPool(2);

    CompletableFuture<Map<String, Integer>> fetchWarehouseCounts(String site) {
        return CompletableFuture.supplyAsync(() -> simulateCounts(site, 0), io);
    }

    CompletableFuture<Map<String, Integer>> fetchErpExpected(String site) {
        return CompletableFuture.supplyAsync(() -> simulateCounts(site, 3), io);
    }

    public CompletableFuture<Map<String, Integer>> reconcile(String site) {
        return fetchWarehouseCounts(site).thenApplyAsync(counts -> {
            Map<String, Integer> expected = fetchErpExpected(site).join(); // BUG: blocking join inside an async stage running on the bounded io pool can starve/deadlock it
            Map<String, Integer> diff = new HashMap<>();
            expected.forEach((sku, qty) -> {
                int delta = counts.getOrDefault(sku, 0) - qty;
                if (delta != 0) {
                    diff.put(sku, delta);
                }
            });
            return diff;
        }, io);
    }

    private static Map<String, Integer> simulateCounts(String site, int skew) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            m.put(site + "-sku-" + i, 100 + (i * skew) % 7);
        }
        return m;
    }

    public static void main(String[] args) {
        InventoryReconciler reconciler = new InventoryReconciler();
        List<String> sites = List.of("ams", "fra", "dub", "mad", "waw");
        List<CompletableFuture<Map<String, Integer>>> reports = sites.stream()
                .map(reconciler::reconcile)
                .collect(Collectors.toList());
        int discrepancies = reports.stream()
                .map(CompletableFuture::join)
                .mapToInt(Map::size)
                .sum();
        System.out.println("discrepancies=" + discrepancies);
        reconciler.io.shutdown();
    }
}
