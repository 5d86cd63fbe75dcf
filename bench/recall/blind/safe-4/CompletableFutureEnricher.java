// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Enriches customer profiles through an async chain (lookup -> geo -> scoring) on two pools.
// OK: the mutable Profile flows through a thenApply/thenApplyAsync chain; each stage completes before the next starts (happens-before), so no two stages touch it concurrently
public class CompletableFutureEnricher {

    /** Plain mutable DTO; not thread-safe. */
    static final class Profile {
        String customerId;
        String country;
        String region;
        int orders;
        double score;

        @Override
        public String toString() {
            return customerId + "[" + country + "/" + region + ", orders=" + orders + ", score=" + score + "]";
        }
    }

    private final ExecutorService ioPool;
    private final ExecutorService cpuPool;

    public CompletableFutureEnricher(ExecutorService ioPool, ExecutorService cpuPool) {
        this.ioPool = ioPool;
        this.cpuPool = cpuPool;
    }

    public CompletableFuture<Profile> enrich(String customerId) {
        return CompletableFuture.supplyAsync(() -> {
            Profile p = new Profile();
            p.customerId = customerId;
            p.orders = Math.abs(customerId.hashCode()) % 50;
            return p;
        }, ioPool).thenApplyAsync(p -> {
            p.country = p.orders % 2 == 0 ? "DE" : "FR";
            return p;
        }, ioPool).thenApply(p -> {
            p.region = p.country.equals("DE") ? "EU-CENTRAL" : "EU-WEST";
            return p;
        }).thenApplyAsync(p -> {
            p.score = Math.log1p(p.orders) * (p.region.endsWith("CENTRAL") ? 1.2 : 1.0);
            return p;
        }, cpuPool);
    }

    public static void main(String[] args) {
        ExecutorService io = Executors.newFixedThreadPool(4);
        ExecutorService cpu = Executors.newFixedThreadPool(2);
        try {
            CompletableFutureEnricher enricher = new CompletableFutureEnricher(io, cpu);
            List<CompletableFuture<Profile>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                futures.add(enricher.enrich("cust-" + i));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new)).join();
            double sum = 0;
            for (CompletableFuture<Profile> f : futures) {
                sum += f.join().score;
            }
            System.out.println(futures.get(0).join());
            System.out.printf("total score %.3f%n", sum);
        } finally {
            io.shutdown();
            cpu.shutdown();
        }
    }
}
