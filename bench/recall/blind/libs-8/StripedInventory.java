// EXPECT: none
package probe8b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Warehouse stock levels partitioned over lock stripes. Stock moves between
 * SKUs/locations are issued concurrently by order-processing worker threads.
 */
public class StripedInventory {
    private static final int STRIPES = 32;

    private final Object[] locks = new Object[STRIPES];
    private final Map<String, Integer>[] segments;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public StripedInventory() {
        segments = (Map<String, Integer>[]) new Map[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
            segments[i] = new HashMap<>();
        }
    }

    private static int stripe(String key) {
        return (key.hashCode() & 0x7fffffff) % STRIPES;
    }

    public int onHand(String key) {
        int s = stripe(key);
        synchronized (locks[s]) {
            return segments[s].getOrDefault(key, 0);
        }
    }

    public void receive(String key, int qty) {
        int s = stripe(key);
        synchronized (locks[s]) {
            segments[s].merge(key, qty, Integer::sum);
        }
    }

    public boolean move(String fromKey, String toKey, int qty) {
        int src = stripe(fromKey);
        int dst = stripe(toKey);
        int first = Math.min(src, dst);
        int second = Math.max(src, dst);
        synchronized (locks[first]) {
            synchronized (locks[second]) { // OK: stripes are always locked in ascending index order, so no two movers can wait on each other cyclically
                int available = segments[src].getOrDefault(fromKey, 0);
                if (available < qty) {
                    return false;
                }
                segments[src].put(fromKey, available - qty);
                segments[dst].merge(toKey, qty, Integer::sum);
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StripedInventory stock = new StripedInventory();
        String[] bins = {"sku-1@A", "sku-1@B", "sku-2@A", "sku-2@C", "sku-3@B"};
        for (String b : bins) {
            stock.receive(b, 500);
        }
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 20_000; i++) {
            workers.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                stock.move(bins[rnd.nextInt(bins.length)], bins[rnd.nextInt(bins.length)], rnd.nextInt(1, 10));
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
