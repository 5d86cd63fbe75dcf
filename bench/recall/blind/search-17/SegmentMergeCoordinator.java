// EXPECT: lock-order-deadlock @ line 54
package probe17a; import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Coordinates background segment merges with delete-by-id requests. Merges run on
 * the merge executor; deletes arrive on request handler threads.
 */
public class SegmentMergeCoordinator {

    private final Object segmentsLock = new Object();
    private final Object deletesLock = new Object();

    private final List<String> liveSegments = new ArrayList<>();
    private final Map<String, BitSet> pendingDeletes = new HashMap<>();
    private long generation;

    public SegmentMergeCoordinator(int initialSegments) {
        for (int i = 0; i < initialSegments; i++) {
            liveSegments.add("_" + i);
        }
    }

    /** Called by merge threads once the merged segment has been written. */
    public void commitMerge(String a, String b, String merged) {
        synchronized (segmentsLock) {
            if (!liveSegments.contains(a) || !liveSegments.contains(b)) {
                return;
            }
            synchronized (deletesLock) {
                BitSet carried = new BitSet();
                BitSet da = pendingDeletes.remove(a);
                BitSet db = pendingDeletes.remove(b);
                if (da != null) carried.or(da);
                if (db != null) carried.or(db);
                pendingDeletes.put(merged, carried);
            }
            liveSegments.remove(a);
            liveSegments.remove(b);
            liveSegments.add(merged);
            generation++;
        }
    }

    /** Called by request handlers for delete-by-id. */
    public void deleteDocument(int docId) {
        synchronized (deletesLock) {
            synchronized (segmentsLock) { // BUG: acquires segmentsLock while holding deletesLock; commitMerge takes them in the opposite order
                String target = liveSegments.get(Math.floorMod(docId, liveSegments.size()));
                pendingDeletes.computeIfAbsent(target, k -> new BitSet()).set(docId);
                generation++;
            }
        }
    }

    public long generation() {
        synchronized (segmentsLock) {
            return generation;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SegmentMergeCoordinator coordinator = new SegmentMergeCoordinator(64);
        ExecutorService mergeThreads = Executors.newFixedThreadPool(2);
        ExecutorService requestHandlers = Executors.newFixedThreadPool(4);
        for (int m = 0; m < 2; m++) {
            final int offset = m;
            mergeThreads.submit(() -> {
                for (int i = offset; i + 1 < 64; i += 4) {
                    coordinator.commitMerge("_" + i, "_" + (i + 1), "_m" + i);
                }
            });
        }
        for (int r = 0; r < 4; r++) {
            final int base = r * 10_000;
            requestHandlers.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    coordinator.deleteDocument(base + i);
                }
            });
        }
        mergeThreads.shutdown();
        requestHandlers.shutdown();
        mergeThreads.awaitTermination(1, TimeUnit.MINUTES);
        requestHandlers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("generation " + coordinator.generation());
    }
}
