// EXPECT: blocking-under-lock @ line 45
package probe7b; import java.io.ByteArrayOutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Write-ahead-log segment. Appender threads write records and enqueue a sync
 * request; a single syncer thread fsyncs and advances the durable offset, waking
 * threads blocked in {@link #awaitDurable}.
 */
public final class WalSegmentWriter {

    private final ReentrantLock appendLock = new ReentrantLock();
    private final Condition durableAdvanced = appendLock.newCondition();
    private final BlockingQueue<Long> syncRequests = new ArrayBlockingQueue<>(64);
    private final ByteArrayOutputStream segment = new ByteArrayOutputStream(); // guarded by appendLock
    private final Thread syncer;
    private long writtenOffset; // guarded by appendLock
    private long durableOffset; // guarded by appendLock

    public WalSegmentWriter(String segmentName) {
        this.syncer = new Thread(this::syncLoop, "wal-syncer-" + segmentName);
        this.syncer.setDaemon(true);
    }

    public void start() {
        syncer.start();
    }

    public void stop() throws InterruptedException {
        syncer.interrupt();
        syncer.join();
    }

    /** Called by many appender threads; returns the end offset of the record. */
    public long append(byte[] record) throws InterruptedException {
        appendLock.lock();
        try {
            segment.write(record, 0, record.length);
            writtenOffset += record.length;
            syncRequests.put(writtenOffset); // BUG: blocking put on a bounded queue while holding appendLock; when the queue is full the appender waits for the syncer, but the syncer is stuck in markDurable() waiting for appendLock, so neither makes progress
            return writtenOffset;
        } finally {
            appendLock.unlock();
        }
    }

    public boolean awaitDurable(long offset, long timeoutMillis) throws InterruptedException {
        long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        appendLock.lock();
        try {
            while (durableOffset < offset) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = durableAdvanced.awaitNanos(remaining);
            }
            return true;
        } finally {
            appendLock.unlock();
        }
    }

    private void syncLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long upTo = syncRequests.take();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2)); // stands in for channel.force()
                markDurable(upTo);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void markDurable(long offset) {
        appendLock.lock();
        try {
            if (offset > durableOffset) {
                durableOffset = offset;
                durableAdvanced.signalAll();
            }
        } finally {
            appendLock.unlock();
        }
    }

    public long durableOffset() {
        appendLock.lock();
        try {
            return durableOffset;
        } finally {
            appendLock.unlock();
        }
    }
}
