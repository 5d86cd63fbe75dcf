// EXPECT: unguarded-shared-field @ line 51
package probe15a; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// Tracks WAL segments and the last completed checkpoint LSN.
// The checkpointer and the log cleaner run as separate periodic tasks on a
// two-thread scheduler; writer threads call advance() and onSegmentRolled().
public class CheckpointTracker {
    private final Object lock = new Object();
    private final Deque<Long> segmentStartLsns = new ArrayDeque<>(); // guarded by lock
    private long appendedLsn;                                        // guarded by lock
    private long lastCheckpointLsn;                                  // guarded by lock
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    public void start() {
        scheduler.scheduleWithFixedDelay(this::runCheckpoint, 100, 100, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::runCleaner, 250, 250, TimeUnit.MILLISECONDS);
    }

    public void onSegmentRolled(long startLsn) {
        synchronized (lock) {
            segmentStartLsns.addLast(startLsn);
        }
    }

    public void advance(long lsn) {
        synchronized (lock) {
            if (lsn > appendedLsn) {
                appendedLsn = lsn;
            }
        }
    }

    void runCheckpoint() {
        long target;
        synchronized (lock) {
            target = appendedLsn;
        }
        flushDirtyPagesUpTo(target);
        synchronized (lock) {
            if (target > lastCheckpointLsn) {
                lastCheckpointLsn = target;
            }
        }
    }

    void runCleaner() {
        long safeLsn = lastCheckpointLsn; // BUG: read of lock-guarded long without the lock (stale or torn value)
        int deleted = 0;
        synchronized (lock) {
            while (segmentStartLsns.size() > 1) {
                Long first = segmentStartLsns.pollFirst();
                Long next = segmentStartLsns.peekFirst();
                if (next > safeLsn) {
                    segmentStartLsns.addFirst(first);
                    break;
                }
                deleteSegment(first);
                deleted++;
            }
        }
        if (deleted > 0) {
            System.out.println("cleaner removed " + deleted + " segment(s) below " + safeLsn);
        }
    }

    private void flushDirtyPagesUpTo(long lsn) {
        // write dirty pages whose recLSN <= lsn, then fsync the data files
    }

    private void deleteSegment(long startLsn) {
        // unlink wal-<startLsn>.log
    }

    public void shutdown() throws InterruptedException {
        scheduler.shutdown();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        CheckpointTracker tracker = new CheckpointTracker();
        tracker.start();
        long lsn = 0;
        for (int seg = 0; seg < 20; seg++) {
            tracker.onSegmentRolled(lsn);
            for (int i = 0; i < 1000; i++) {
                lsn += 64;
                tracker.advance(lsn);
            }
            Thread.sleep(20);
        }
        tracker.shutdown();
    }
}
