// EXPECT: blocking-under-lock @ line 25
package probe.dl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Builds per-region revenue totals for dashboards, fetching each region from the remote ledger once. */
public class QuarterlyReportAggregator {

    private final ExecutorService fetchPool = Executors.newFixedThreadPool(2);
    private final Map<String, Long> totalsByRegion = new HashMap<>();

    public synchronized long regionTotal(String region) throws InterruptedException, ExecutionException {
        Long cached = totalsByRegion.get(region);
        if (cached != null) {
            return cached;
        }
        Future<Long> pending = fetchPool.submit(() -> fetchFromRemoteLedger(region));
        long total = pending.get(); // BUG: blocks on a slow remote fetch while holding the aggregator monitor
        totalsByRegion.put(region, total);
        return total;
    }

    public synchronized int cachedRegions() {
        return totalsByRegion.size();
    }

    private static long fetchFromRemoteLedger(String region) throws InterruptedException {
        Thread.sleep(300); // stands in for a slow HTTP call
        return region.hashCode() & 0xffffL;
    }

    public void close() {
        fetchPool.shutdown();
    }

    public static void main(String[] args) throws Exception {
        QuarterlyReportAggregator aggregator = new QuarterlyReportAggregator();
        ExecutorService dashboards = Executors.newFixedThreadPool(3);
        List<Future<Long>> views = new ArrayList<>();
        for (String region : new String[] {"EMEA", "APAC", "AMER"}) {
            views.add(dashboards.submit(() -> aggregator.regionTotal(region)));
        }
        for (Future<Long> view : views) {
            System.out.println(view.get());
        }
        System.out.println("cached: " + aggregator.cachedRegions());
        dashboards.shutdown();
        aggregator.close();
    }
}
