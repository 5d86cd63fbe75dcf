package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike: besides the polling caller, a blocking {@code acquire()} passes true, so the
 * conditional expression takes the blocking branch and waits for an item while holding the monitor.
 */
public class BadBlockingBranchOfConditionalTaken {
    private final Pool pool = new Pool();
    private int handedOut;

    public synchronized String tryAcquire() {
        return acquireHelper(false);
    }

    public synchronized String acquire() {
        return acquireHelper(true);
    }

    private synchronized String acquireHelper(boolean canBlock) {
        String item = canBlock ? pool.acquire() : pool.tryAcquire(); // expect: BlockingUnderLock['`acquire()` may block in `items.take()`']
        if (item != null) {
            handedOut++;
        }
        return item;
    }

    /** A bounded pool of items. */
    static final class Pool {
        private final BlockingQueue<String> items = new LinkedBlockingQueue<>();

        String acquire() {
            try {
                return items.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        String tryAcquire() {
            return items.poll();
        }
    }
}
