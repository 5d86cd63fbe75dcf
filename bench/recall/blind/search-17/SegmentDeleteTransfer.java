// EXPECT: none
package probe17a; import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves tombstones between segments when documents are re-routed during a merge.
 * Each segment has its own monitor; transfers run concurrently on the merge pool
 * and may move deletes in either direction between the same two segments.
 */
public class SegmentDeleteTransfer {

    private static final AtomicLong GENERATIONS = new AtomicLong();

    static final class Segment {
        final long generation = GENERATIONS.incrementAndGet();
        final String name;
        private final BitSet deletes = new BitSet();

        Segment(String name) {
            this.name = name;
        }

        synchronized int deleteCount() {
            return deletes.cardinality();
        }

        synchronized void markDeleted(int doc) {
            deletes.set(doc);
        }
    }

    public static int transfer(Segment from, Segment to, int fromDoc, int toDoc, int count) {
        if (from == to) {
            return 0;
        }
        Segment first = from.generation < to.generation ? from : to;
        Segment second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: both monitors always acquired in ascending generation order, so no lock cycle
                int moved = 0;
                for (int i = 0; i < count; i++) {
                    if (from.deletes.get(fromDoc + i)) {
                        from.deletes.clear(fromDoc + i);
                        to.deletes.set(toDoc + i);
                        moved++;
                    }
                }
                return moved;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Segment left = new Segment("_0");
        Segment right = new Segment("_1");
        for (int i = 0; i < 1000; i += 3) {
            left.markDeleted(i);
            right.markDeleted(i + 1);
        }
        ExecutorService mergePool = Executors.newFixedThreadPool(2);
        mergePool.submit(() -> {
            for (int i = 0; i < 1000; i += 10) {
                transfer(left, right, i, i, 10);
            }
        });
        mergePool.submit(() -> {
            for (int i = 0; i < 1000; i += 10) {
                transfer(right, left, i, i, 10);
            }
        });
        mergePool.shutdown();
        mergePool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(left.name + "=" + left.deleteCount() + " " + right.name + "=" + right.deleteCount());
    }
}
