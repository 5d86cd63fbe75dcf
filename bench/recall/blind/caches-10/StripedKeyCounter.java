// EXPECT: none
package probe10c; import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-key event counts with lock striping to keep contention low.
 * add() is called concurrently by all consumer threads; snapshot() by the reporting thread.
 */
public class StripedKeyCounter {

    private static final int STRIPES = 16;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    @SuppressWarnings("unchecked")
    private final Map<String, long[]>[] shards = new Map[STRIPES];

    public StripedKeyCounter() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
            shards[i] = new HashMap<>();
        }
    }

    private static int stripeOf(String key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }

    public void add(String key, long n) {
        int s = stripeOf(key);
        locks[s].lock();
        try {
            long[] cell = shards[s].get(key);
            if (cell == null) {
                cell = new long[1];
                shards[s].put(key, cell);
            }
            cell[0] += n; // OK: plain read-modify-write, but the cell is only reachable through shards[s], which is accessed exclusively under locks[s]
        } finally {
            locks[s].unlock();
        }
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        for (int s = 0; s < STRIPES; s++) {
            locks[s].lock();
            try {
                shards[s].forEach((k, cell) -> out.put(k, cell[0]));
            } finally {
                locks[s].unlock();
            }
        }
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        StripedKeyCounter counter = new StripedKeyCounter();
        ExecutorService consumers = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            consumers.execute(() -> {
                for (int i = 0; i < 20_000; i++) {
                    counter.add("topic-" + (i % 40), 1);
                }
            });
        }
        consumers.shutdown();
        consumers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(counter.snapshot());
    }
}
