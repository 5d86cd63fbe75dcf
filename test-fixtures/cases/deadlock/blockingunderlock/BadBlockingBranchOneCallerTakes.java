package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike of {@code GoodBlockingBranchRuledOutByCallers} where one caller two levels up passes
 * true: the wait under {@code if (flush)} runs while {@code merge} holds the monitor.
 */
public class BadBlockingBranchOneCallerTakes {
    private final BlockingQueue<String> flushes = new LinkedBlockingQueue<>();
    private int merged;

    public void cleanup() {
        sync(false);
    }

    public void shutdown() {
        sync(true);
    }

    public void sync(boolean flush) {
        merge(flush);
    }

    public synchronized void merge(boolean flush) {
        merged++;
        save(flush); // expect: BlockingUnderLock['`save()` may block in `flushes.take()`']
    }

    private void save(boolean flush) {
        if (flush) {
            try {
                flushes.take(); // related: BlockingUnderLock['`flushes.take()` blocks here']
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
