// EXPECT: none
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

// OK: the upstream list lives in an immutable object (final fields, List.copyOf) swapped atomically via AtomicReference.updateAndGet
public class UpstreamPoolRegistry {

    static final class UpstreamSet {
        final List<String> hosts;
        final int generation;

        UpstreamSet(List<String> hosts, int generation) {
            this.hosts = List.copyOf(hosts);
            this.generation = generation;
        }

        UpstreamSet with(String host) {
            List<String> next = new ArrayList<>(hosts);
            if (!next.contains(host)) {
                next.add(host);
            }
            return new UpstreamSet(next, generation + 1);
        }

        UpstreamSet without(String host) {
            List<String> next = new ArrayList<>(hosts);
            next.remove(host);
            return new UpstreamSet(next, generation + 1);
        }
    }

    private final AtomicReference<UpstreamSet> current = new AtomicReference<>(new UpstreamSet(List.of(), 0));

    public void markHealthy(String host) {
        current.updateAndGet(set -> set.with(host));
    }

    public void markUnhealthy(String host) {
        current.updateAndGet(set -> set.without(host));
    }

    public String pick() {
        UpstreamSet set = current.get();
        if (set.hosts.isEmpty()) {
            return null;
        }
        return set.hosts.get(ThreadLocalRandom.current().nextInt(set.hosts.size()));
    }

    public int generation() {
        return current.get().generation;
    }

    public static void main(String[] args) throws InterruptedException {
        UpstreamPoolRegistry registry = new UpstreamPoolRegistry();
        ExecutorService checkers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2_000; i++) {
            String host = "10.2.0." + (i % 12);
            boolean healthy = i % 7 != 0;
            checkers.execute(() -> {
                if (healthy) {
                    registry.markHealthy(host);
                } else {
                    registry.markUnhealthy(host);
                }
                registry.pick();
            });
        }
        checkers.shutdown();
        checkers.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("generation=" + registry.generation() + " pick=" + registry.pick());
    }
}
