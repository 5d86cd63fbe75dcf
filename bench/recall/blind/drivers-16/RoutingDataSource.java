// EXPECT: unsafe-publication @ line 39
package probe16a; import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Routes tenant queries to a shard JDBC URL. The shard topology is re-read from the
 * config service every few seconds by a scheduled refresher thread, while request
 * threads call urlFor() concurrently.
 */
public class RoutingDataSource {

    static final class ShardMap {
        String[] jdbcUrls;
        int generation;
        String defaultSchema;

        ShardMap(List<String> urls, int generation, String defaultSchema) {
            this.jdbcUrls = urls.toArray(new String[0]);
            this.generation = generation;
            this.defaultSchema = defaultSchema;
        }
    }

    private ShardMap shardMap;
    private int generation;

    public RoutingDataSource(List<String> initialUrls) {
        this.shardMap = new ShardMap(initialUrls, 0, "public");
    }

    /** Called by the refresher thread only. */
    void refresh(List<String> urls) {
        generation++;
        ShardMap next = new ShardMap(urls, generation, "public");
        shardMap = next; // BUG: non-volatile publish of object with non-final fields; readers may see null jdbcUrls
    }

    public String urlFor(long tenantId) {
        ShardMap current = shardMap;
        String[] urls = current.jdbcUrls;
        return urls[(int) Math.floorMod(tenantId, (long) urls.length)] + "?currentSchema=" + current.defaultSchema;
    }

    public static void main(String[] args) throws InterruptedException {
        RoutingDataSource routing = new RoutingDataSource(
                List.of("jdbc:postgresql://shard-a/app", "jdbc:postgresql://shard-b/app"));

        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleWithFixedDelay(() -> routing.refresh(List.of(
                "jdbc:postgresql://shard-a/app",
                "jdbc:postgresql://shard-b/app",
                "jdbc:postgresql://shard-c/app")), 0, 1, TimeUnit.MILLISECONDS);

        AtomicLong routed = new AtomicLong();
        ExecutorService requestHandlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 50_000; i++) {
            long tenant = i;
            requestHandlers.execute(() -> {
                if (routing.urlFor(tenant) != null) {
                    routed.incrementAndGet();
                }
            });
        }
        requestHandlers.shutdown();
        requestHandlers.awaitTermination(1, TimeUnit.MINUTES);
        refresher.shutdownNow();
        System.out.println("routed " + routed.get());
    }
}
