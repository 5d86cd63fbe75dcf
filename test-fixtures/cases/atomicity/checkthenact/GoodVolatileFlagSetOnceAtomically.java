package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Look-alikes of a flag tested and then set before a thread starts: the flag is an AtomicBoolean set by
 * compareAndSet (one thread gets through), the test and set run under a lock, or the flag only marks
 * state and starts nothing (two threads setting it both do no harm).
 */
public class GoodVolatileFlagSetOnceAtomically {
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean lockedStarted;
    private volatile boolean dirty;
    private volatile boolean stopping;
    private final AtomicLong beats = new AtomicLong();

    public void ensureStarted() {
        if (started.compareAndSet(false, true)) {
            new Thread(this::loop, "heartbeat").start();
        }
    }

    public synchronized void ensureStartedLocked() {
        if (!lockedStarted) {
            lockedStarted = true;
            new Thread(this::loop, "heartbeat-2").start();
        }
    }

    public void touch() {
        if (!dirty) {
            dirty = true;
        }
    }

    private void loop() {
        while (!stopping) {
            beats.incrementAndGet();
        }
    }

    public void stop() {
        stopping = true;
    }

    public boolean dirty() {
        return dirty;
    }
}
