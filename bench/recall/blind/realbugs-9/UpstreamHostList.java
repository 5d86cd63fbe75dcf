// EXPECT: exposed-internal-state @ line 29
package probe9b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Tracks which upstream hosts an HTTP client may send requests to.
 * A scheduled health checker marks hosts up/down; request threads pick a
 * host for every outgoing call.
 */
public class UpstreamHostList {
    private final List<String> healthy = new ArrayList<>();

    public synchronized void markUp(String host) {
        if (!healthy.contains(host)) {
            healthy.add(host);
        }
    }

    public synchronized void markDown(String host) {
        healthy.remove(host);
    }

    public synchronized List<String> healthyHosts() {
        return healthy; // BUG: returns the internal mutable list; callers iterate/index it without the lock while the health checker mutates it
    }

    public String pickHost() {
        List<String> hosts = healthyHosts();
        if (hosts.isEmpty()) {
            throw new IllegalStateException("no healthy upstream");
        }
        return hosts.get(ThreadLocalRandom.current().nextInt(hosts.size()));
    }

    public static void main(String[] args) throws InterruptedException {
        UpstreamHostList upstreams = new UpstreamHostList();
        String[] all = {"10.0.0.1:8080", "10.0.0.2:8080", "10.0.0.3:8080"};
        for (String h : all) {
            upstreams.markUp(h);
        }
        ScheduledExecutorService healthChecker = Executors.newSingleThreadScheduledExecutor();
        healthChecker.scheduleAtFixedRate(() -> {
            String h = all[ThreadLocalRandom.current().nextInt(all.length)];
            if (ThreadLocalRandom.current().nextBoolean()) {
                upstreams.markDown(h);
            } else {
                upstreams.markUp(h);
            }
        }, 0, 1, TimeUnit.MILLISECONDS);

        ExecutorService requestPool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50_000; i++) {
            requestPool.execute(() -> {
                try {
                    upstreams.pickHost();
                } catch (IllegalStateException ignored) {
                    // all hosts down momentarily
                }
            });
        }
        requestPool.shutdown();
        requestPool.awaitTermination(10, TimeUnit.SECONDS);
        healthChecker.shutdownNow();
    }
}
