// EXPECT: none
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The set of shards this node currently owns. Rebalance callbacks change
 * ownership; request threads check ownership on every call.
 */
// OK: the volatile field always holds an immutable List.copyOf snapshot that is replaced whole; writers are serialized by synchronized, readers never mutate
public class ShardAssignmentView {

    private volatile List<Integer> ownedShards = List.of();
    private final String nodeId;

    public ShardAssignmentView(String nodeId) {
        this.nodeId = nodeId;
    }

    public synchronized void assign(int shard) {
        if (ownedShards.contains(shard)) {
            return;
        }
        List<Integer> next = new ArrayList<>(ownedShards);
        next.add(shard);
        ownedShards = List.copyOf(next);
    }

    public synchronized void revoke(int shard) {
        List<Integer> next = new ArrayList<>(ownedShards);
        next.remove(Integer.valueOf(shard));
        ownedShards = List.copyOf(next);
    }

    public boolean owns(int shard) {
        return ownedShards.contains(shard);
    }

    public List<Integer> snapshot() {
        return ownedShards;
    }

    public static void main(String[] args) throws InterruptedException {
        ShardAssignmentView view = new ShardAssignmentView("node-3");
        Thread rebalancer = new Thread(() -> {
            for (int round = 0; round < 100; round++) {
                view.assign(round % 32);
                if (round % 3 == 0) {
                    view.revoke((round + 7) % 32);
                }
            }
        }, "rebalance-listener");
        ExecutorService requests = Executors.newFixedThreadPool(4);
        rebalancer.start();
        for (int i = 0; i < 10_000; i++) {
            final int key = i;
            requests.execute(() -> {
                if (!view.owns(key % 32)) {
                    Thread.onSpinWait();
                }
            });
        }
        rebalancer.join();
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(view.nodeId + " owns " + view.snapshot());
    }
}
