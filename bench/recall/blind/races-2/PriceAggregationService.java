// EXPECT: none
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// OK: each task writes a distinct array slot; invokeAll plus Future.get() establish happens-before before the array is read
public class PriceAggregationService {
    private final ExecutorService quoteWorkers = Executors.newFixedThreadPool(4);
    private final List<String> suppliers;

    public PriceAggregationService(List<String> suppliers) {
        this.suppliers = List.copyOf(suppliers);
    }

    public double bestPrice(String sku) throws Exception {
        double[] quotes = new double[suppliers.size()];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            final int slot = i;
            tasks.add(() -> {
                quotes[slot] = fetchQuote(suppliers.get(slot), sku);
                return null;
            });
        }
        List<Future<Void>> done = quoteWorkers.invokeAll(tasks);
        for (Future<Void> f : done) {
            f.get();
        }
        double best = Double.MAX_VALUE;
        for (double q : quotes) {
            if (q > 0 && q < best) {
                best = q;
            }
        }
        return best == Double.MAX_VALUE ? -1 : best;
    }

    private static double fetchQuote(String supplier, String sku) {
        int h = Math.abs((supplier + sku).hashCode());
        if (h % 11 == 0) {
            return 0;
        }
        return 10.0 + (h % 5_000) / 100.0;
    }

    public void shutdown() {
        quoteWorkers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        PriceAggregationService service = new PriceAggregationService(
                List.of("northwind", "contoso", "fabrikam", "globex", "initech"));
        double sum = 0;
        for (int i = 0; i < 100; i++) {
            sum += service.bestPrice("SKU-" + i);
        }
        service.shutdown();
        System.out.println("sum of best prices=" + sum);
    }
}
