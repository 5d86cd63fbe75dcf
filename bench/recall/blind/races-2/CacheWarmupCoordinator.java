// EXPECT: none
package probe2.races;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// OK: workers write distinct plain array slots before countDown(); the coordinator reads them only after await() returns
public class CacheWarmupCoordinator {
    private final List<String> regions;
    private final ExecutorService warmers = Executors.newFixedThreadPool(3);

    public CacheWarmupCoordinator(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

    public String warmAll() throws InterruptedException {
        int n = regions.size();
        String[] statuses = new String[n];
        long[] entriesLoaded = new long[n];
        CountDownLatch finished = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            final int idx = i;
            warmers.execute(() -> {
                try {
                    entriesLoaded[idx] = loadRegion(regions.get(idx));
                    statuses[idx] = "ok";
                } catch (RuntimeException e) {
                    statuses[idx] = "failed: " + e.getMessage();
                } finally {
                    finished.countDown();
                }
            });
        }
        if (!finished.await(30, TimeUnit.SECONDS)) {
            return "timeout";
        }
        StringBuilder report = new StringBuilder();
        long total = 0;
        for (int i = 0; i < n; i++) {
            report.append(regions.get(i)).append('=').append(statuses[i]).append(' ');
            total += entriesLoaded[i];
        }
        return report.append("total=").append(total).toString();
    }

    private static long loadRegion(String region) {
        if (region.isEmpty()) {
            throw new IllegalArgumentException("empty region name");
        }
        long entries = 0;
        for (int i = 0; i < 10_000; i++) {
            entries += (region.hashCode() + i) % 3 == 0 ? 1 : 0;
        }
        return entries;
    }

    public void shutdown() {
        warmers.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        CacheWarmupCoordinator coordinator =
                new CacheWarmupCoordinator(List.of("eu-west", "us-east", "ap-south", "", "sa-east"));
        System.out.println(coordinator.warmAll());
        coordinator.shutdown();
    }
}
