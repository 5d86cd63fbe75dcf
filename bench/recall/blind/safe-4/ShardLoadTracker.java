// EXPECT: cow-list-get-then-set @ line 22
package probe4.safe;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Tracks outstanding requests per shard so the router can pick the least-loaded shard.
// Reads vastly outnumber writes, hence the copy-on-write list of per-shard counters.
public class ShardLoadTracker {

    private final List<Integer> loads;

    public ShardLoadTracker(int shards) {
        this.loads = new CopyOnWriteArrayList<>(Collections.nCopies(shards, 0));
    }

    public void adjust(int shard, int delta) {
        loads.set(shard, loads.get(shard) + delta); // BUG: get-then-set on CopyOnWriteArrayList is not atomic; concurrent adjusts lose updates
    }

    public int leastLoaded() {
        int best = 0;
        int bestLoad = Integer.MAX_VALUE;
        int i = 0;
        for (int load : loads) {
            if (load < bestLoad) {
                bestLoad = load;
                best = i;
            }
            i++;
        }
        return best;
    }

    public int total() {
        int sum = 0;
        for (int load : loads) {
            sum += load;
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        ShardLoadTracker tracker = new ShardLoadTracker(4);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    int shard = tracker.leastLoaded();
                    tracker.adjust(shard, +1);
                    tracker.adjust(shard, -1);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("outstanding after all requests finished (expected 0): " + tracker.total());
    }
}
