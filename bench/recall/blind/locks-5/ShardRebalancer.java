// EXPECT: none
package probe5.locks;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves keys between cache shards while rebalancing a cluster. Shards have
 * no natural id, so the two shard monitors are ordered by identity hash code,
 * with a global tie-breaker lock for the rare hash collision.
 */
// OK: shard monitors are acquired in identityHashCode order and equal hashes serialise on a single tie lock first, so the order is total
public class ShardRebalancer {

    private static final Object TIE_LOCK = new Object();

    /** A cache shard; its key list is guarded by the shard's monitor. */
    public static final class Shard {
        private final List<String> keys = new ArrayList<>();

        public synchronized void add(String key) {
            keys.add(key);
        }

        public synchronized int size() {
            return keys.size();
        }
    }

    /** Moves up to {@code count} keys from {@code source} to {@code target}. */
    public int move(Shard source, Shard target, int count) {
        if (source == target) {
            return 0;
        }
        int sourceHash = System.identityHashCode(source);
        int targetHash = System.identityHashCode(target);
        if (sourceHash < targetHash) {
            synchronized (source) {
                synchronized (target) {
                    return moveLocked(source, target, count);
                }
            }
        } else if (sourceHash > targetHash) {
            synchronized (target) {
                synchronized (source) {
                    return moveLocked(source, target, count);
                }
            }
        } else {
            synchronized (TIE_LOCK) {
                synchronized (source) {
                    synchronized (target) {
                        return moveLocked(source, target, count);
                    }
                }
            }
        }
    }

    /** Caller must hold both shard monitors. */
    private static int moveLocked(Shard source, Shard target, int count) {
        int moved = 0;
        while (moved < count && !source.keys.isEmpty()) {
            target.keys.add(source.keys.remove(source.keys.size() - 1));
            moved++;
        }
        return moved;
    }

    public static void main(String[] args) throws InterruptedException {
        ShardRebalancer rebalancer = new ShardRebalancer();
        Shard left = new Shard();
        Shard right = new Shard();
        for (int i = 0; i < 1_000; i++) {
            left.add("k" + i);
            right.add("r" + i);
        }
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                rebalancer.move(left, right, 3);
            }
        }, "left-to-right");
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                rebalancer.move(right, left, 3);
            }
        }, "right-to-left");
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("left=" + left.size() + " right=" + right.size());
    }
}
