// EXPECT: none
package probe.races;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Maps shards to owning nodes. A background rebalancer rewrites the table while
 * request threads look up owners. Thread-safe.
 */
// OK: every read and write of assignments, epoch and shardCount happens while holding this object's monitor
public class ShardAssignmentTable {
    private final Map<Integer, String> assignments = new HashMap<>();
    private final ScheduledExecutorService rebalancer = Executors.newSingleThreadScheduledExecutor();
    private long epoch;
    private int shardCount = 16;

    public void start(List<String> nodes) {
        List<String> snapshot = List.copyOf(nodes);
        rebalancer.scheduleAtFixedRate(() -> rebalance(snapshot), 0, 5, TimeUnit.MILLISECONDS);
    }

    synchronized void rebalance(List<String> nodes) {
        epoch++;
        assignments.clear();
        for (int shard = 0; shard < shardCount; shard++) {
            assignments.put(shard, nodes.get((int) ((shard + epoch) % nodes.size())));
        }
    }

    public synchronized String ownerOf(int shard) {
        return assignments.get(shard);
    }

    public synchronized long epoch() {
        return epoch;
    }

    public synchronized int getShardCount() {
        return shardCount;
    }

    public synchronized void setShardCount(int shardCount) {
        this.shardCount = shardCount;
    }

    public void stop() {
        rebalancer.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        ShardAssignmentTable table = new ShardAssignmentTable();
        table.start(List.of("node-a", "node-b", "node-c"));
        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            int shard = i % 32;
            requests.submit(() -> table.ownerOf(shard));
            if (i == 5_000) {
                requests.submit(() -> table.setShardCount(32));
            }
        }
        requests.shutdown();
        requests.awaitTermination(5, TimeUnit.SECONDS);
        table.stop();
        System.out.println("epoch " + table.epoch() + ", shards " + table.getShardCount());
    }
}
