package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The helper picks the blocking or the polling acquire with a conditional expression on its parameter,
 * and its only caller passes false: the blocking branch never runs under the monitor (hadoop's prefetch
 * BufferPool.acquireHelper).
 */
public class GoodBlockingBranchOfConditionalNotTaken {
    private final Pool pool = new Pool();
    private int handedOut;

    public synchronized String tryAcquire() {
        return acquireHelper(false);
    }

    private synchronized String acquireHelper(boolean canBlock) {
        String item = canBlock ? pool.acquire() : pool.tryAcquire();
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
