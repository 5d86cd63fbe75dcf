// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out-or-blocking @ line 50
package probe14a; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Evens out pending rows between the in-memory shard buffers of the load
 * stage. Every rebalance round, each shard pushes its surplus to its right
 * neighbour in the ring; all shards are rebalanced in parallel.
 */
public class ShardRebalancer {

    static final class ShardBuffer {
        final int id;
        private final Deque<String> rows = new ArrayDeque<>();

        ShardBuffer(int id) {
            this.id = id;
        }

        synchronized void append(String row) {
            rows.addLast(row);
        }

        synchronized int size() {
            return rows.size();
        }
    }

    private final List<ShardBuffer> shards = new ArrayList<>();
    private final ExecutorService pool;

    public ShardRebalancer(int shardCount, ExecutorService pool) {
        for (int i = 0; i < shardCount; i++) {
            shards.add(new ShardBuffer(i));
        }
        this.pool = pool;
    }

    public ShardBuffer shard(int i) {
        return shards.get(i);
    }

    static void moveSurplus(ShardBuffer from, ShardBuffer to) {
        synchronized (from) {
            synchronized (to) { // BUG: locks taken in ring order (i then i+1); parallel moves around the ring form a lock cycle and deadlock
                int surplus = (from.rows.size() - to.rows.size()) / 2;
                for (int i = 0; i < surplus; i++) {
                    to.rows.addLast(from.rows.pollLast());
                }
            }
        }
    }

    public void rebalanceRound() {
        int n = shards.size();
        List<CompletableFuture<Void>> moves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ShardBuffer from = shards.get(i);
            ShardBuffer to = shards.get((i + 1) % n);
            moves.add(CompletableFuture.runAsync(() -> moveSurplus(from, to), pool));
        }
        CompletableFuture.allOf(moves.toArray(new CompletableFuture[0])).join();
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ShardRebalancer rebalancer = new ShardRebalancer(4, pool);
        for (int i = 0; i < 10_000; i++) {
            rebalancer.shard(i % 3 == 0 ? 0 : 2).append("row-" + i);
        }
        for (int round = 0; round < 50; round++) {
            rebalancer.rebalanceRound();
        }
        pool.shutdown();
        for (int i = 0; i < 4; i++) {
            System.out.println("shard " + i + ": " + rebalancer.shard(i).size());
        }
    }
}
