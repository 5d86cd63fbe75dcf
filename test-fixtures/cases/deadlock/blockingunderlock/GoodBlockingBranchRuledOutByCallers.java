package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The blocking branch of {@code acquire(boolean)} and of {@code save(boolean)} runs only when its
 * parameter is true, and every call passes false: directly ({@code tryAcquire}), or through a caller's own
 * parameter that all its callers set to false ({@code merge} is only called by {@code sync}, which only
 * {@code cleanup} calls, with false). The waits never run under the monitor.
 */
public class GoodBlockingBranchRuledOutByCallers {
    private final BlockingQueue<String> pool = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> flushes = new LinkedBlockingQueue<>();
    private int merged;

    public String tryAcquire() {
        return acquire(false);
    }

    private synchronized String acquire(boolean canBlock) {
        if (canBlock) {
            try {
                return pool.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return pool.poll();
    }

    public void cleanup() {
        sync(false);
    }

    public void sync(boolean flush) {
        merge(flush);
    }

    public synchronized void merge(boolean flush) {
        merged++;
        save(flush);
    }

    private void save(boolean flush) {
        if (flush) {
            try {
                flushes.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
