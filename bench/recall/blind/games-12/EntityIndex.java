// EXPECT: none
package probe12c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Spatial entity index for one shard. Network threads never touch the map
 * directly: spawn/despawn/count are posted to the shard's single tick thread.
 */
public class EntityIndex {

    public record Entity(long id, String kind, float x, float y) {
    }

    private final ExecutorService tickThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "shard-tick"));
    private final Map<Long, Entity> entitiesById = new HashMap<>(); // OK: confined to the single shard-tick thread; other threads only submit tasks to it
    private long nextId = 1;

    public CompletableFuture<Long> spawn(String kind, float x, float y) {
        return CompletableFuture.supplyAsync(() -> {
            long id = nextId++;
            entitiesById.put(id, new Entity(id, kind, x, y));
            return id;
        }, tickThread);
    }

    public CompletableFuture<Boolean> despawn(long id) {
        return CompletableFuture.supplyAsync(() -> entitiesById.remove(id) != null, tickThread);
    }

    public CompletableFuture<Integer> count() {
        return CompletableFuture.supplyAsync(entitiesById::size, tickThread);
    }

    public void close() throws InterruptedException {
        tickThread.shutdown();
        tickThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        EntityIndex index = new EntityIndex();
        ExecutorService networkThreads = Executors.newFixedThreadPool(8);
        String[] kinds = {"wolf", "bandit", "chest"};

        for (int i = 0; i < 20_000; i++) {
            final int n = i;
            networkThreads.submit(() -> {
                long id = index.spawn(kinds[n % kinds.length], n % 100, n / 100f).join();
                if (n % 3 == 0) {
                    index.despawn(id).join();
                }
            });
        }

        networkThreads.shutdown();
        networkThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("live entities: " + index.count().get());
        index.close();
    }
}
