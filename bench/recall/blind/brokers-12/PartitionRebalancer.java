// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out @ line 40
package probe12a; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Moves pending messages between partition queues to even out consumer load.
 * Rebalance requests arrive from the coordinator on a worker pool, so several
 * transfers may run at the same time, in any direction.
 */
public class PartitionRebalancer {

    static final class PartitionQueue {
        final int id;
        private final Deque<String> pending = new ArrayDeque<>();

        PartitionQueue(int id) {
            this.id = id;
        }

        synchronized void enqueue(String message) {
            pending.addLast(message);
        }

        synchronized int depth() {
            return pending.size();
        }
    }

    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public int transfer(PartitionQueue source, PartitionQueue target, int maxMessages) {
        if (source == target) {
            return 0;
        }
        int moved = 0;
        synchronized (source) {
            synchronized (target) { // BUG: lock order follows argument order; opposite-direction transfers deadlock
                while (moved < maxMessages) {
                    String message = source.pending.pollFirst();
                    if (message == null) {
                        break;
                    }
                    target.pending.addLast(message);
                    moved++;
                }
            }
        }
        return moved;
    }

    public void requestTransfer(PartitionQueue source, PartitionQueue target, int maxMessages) {
        workers.execute(() -> transfer(source, target, maxMessages));
    }

    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        PartitionQueue p0 = new PartitionQueue(0);
        PartitionQueue p1 = new PartitionQueue(1);
        for (int i = 0; i < 1_000; i++) {
            p0.enqueue("a-" + i);
            p1.enqueue("b-" + i);
        }
        PartitionRebalancer rebalancer = new PartitionRebalancer();
        for (int round = 0; round < 10_000; round++) {
            rebalancer.requestTransfer(p0, p1, 5);
            rebalancer.requestTransfer(p1, p0, 5);
        }
        rebalancer.shutdown();
        System.out.println("depths: " + p0.depth() + " / " + p1.depth());
    }
}
