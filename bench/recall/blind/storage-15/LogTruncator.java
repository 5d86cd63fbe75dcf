// EXPECT: none
package probe15a; import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

// Truncates the write-ahead log behind the most recent checkpoint.
// The checkpoint task runs on its own single-thread scheduler; truncation runs
// on a second scheduler. Writers call advance() and onSegmentRolled().
public class LogTruncator {
    private final ConcurrentLinkedDeque<Long> segmentStartLsns = new ConcurrentLinkedDeque<>();
    private final AtomicLong appendedLsn = new AtomicLong();
    private volatile long lastCheckpointLsn; // written only by the checkpoint thread
    private final ScheduledExecutorService checkpointer = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService truncator = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        checkpointer.scheduleWithFixedDelay(this::runCheckpoint, 100, 100, TimeUnit.MILLISECONDS);
        truncator.scheduleWithFixedDelay(this::truncate, 250, 250, TimeUnit.MILLISECONDS);
    }

    public void onSegmentRolled(long startLsn) {
        segmentStartLsns.addLast(startLsn);
    }

    public void advance(long lsn) {
        appendedLsn.accumulateAndGet(lsn, Math::max);
    }

    void runCheckpoint() {
        long target = appendedLsn.get();
        flushDirtyPagesUpTo(target);
        if (target > lastCheckpointLsn) {
            lastCheckpointLsn = target;
        }
    }

    void truncate() {
        long safeLsn = lastCheckpointLsn; // OK: volatile long with a single writer thread; atomic, visible read
        int deleted = 0;
        while (true) {
            Long first = segmentStartLsns.peekFirst();
            Long next = nextAfter(first);
            if (first == null || next == null || next > safeLsn) {
                break;
            }
            segmentStartLsns.pollFirst();
            deleteSegment(first);
            deleted++;
        }
        if (deleted > 0) {
            System.out.println("truncated " + deleted + " segment(s) below " + safeLsn);
        }
    }

    private Long nextAfter(Long first) {
        if (first == null) {
            return null;
        }
        for (Long start : segmentStartLsns) {
            if (start > first) {
                return start;
            }
        }
        return null;
    }

    private void flushDirtyPagesUpTo(long lsn) {
        // write dirty pages whose recLSN <= lsn, then fsync the data files
    }

    private void deleteSegment(long startLsn) {
        // unlink wal-<startLsn>.log
    }

    public void shutdown() throws InterruptedException {
        checkpointer.shutdown();
        truncator.shutdown();
        checkpointer.awaitTermination(5, TimeUnit.SECONDS);
        truncator.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        LogTruncator t = new LogTruncator();
        t.start();
        long lsn = 0;
        for (int seg = 0; seg < 20; seg++) {
            t.onSegmentRolled(lsn);
            for (int i = 0; i < 1000; i++) {
                lsn += 64;
                t.advance(lsn);
            }
            Thread.sleep(20);
        }
        t.shutdown();
    }
}
