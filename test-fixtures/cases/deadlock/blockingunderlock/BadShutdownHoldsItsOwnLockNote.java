package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A shutdown that waits for its writer thread while holding a lock that nothing else takes: the writer
 * never needs it, so the wait ends, and the lock only makes two shutdowns wait for each other. Reported
 * as a note, saying so: whether that stall matters depends on how often the operation runs.
 */
public class BadShutdownHoldsItsOwnLockNote {
    private static final String STOP = "";
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(100);
    private final Thread writer = new Thread(this::drain);
    private volatile boolean stopped;

    public void start() {
        writer.start();
    }

    public void log(String line) throws InterruptedException {
        if (!stopped) {
            queue.put(line);
        }
    }

    public synchronized void stop() throws InterruptedException {
        if (stopped) {
            return;
        }
        stopped = true;
        queue.put(STOP); // expect: BlockingUnderLock['`queue.put()` may block while holding `this`, which no other code takes: only concurrent runs of `BadShutdownHoldsItsOwnLockNote.stop` wait meanwhile']
        writer.join(); // expect: BlockingUnderLock['`writer.join()` may block while holding `this`, which no other code takes']
    }

    private void drain() {
        try {
            for (String line = queue.take(); !line.isEmpty(); line = queue.take()) {
                System.out.println(line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
