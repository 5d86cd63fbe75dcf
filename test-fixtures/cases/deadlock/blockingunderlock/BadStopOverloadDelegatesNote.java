package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A shutdown that waits for its writer thread while holding the object's monitor, which the only other
 * method that takes it, an overload passing a default, does nothing but call it: every thread that waits
 * for the monitor is another shutdown, and the writer never needs it. A note, saying so.
 */
public class BadStopOverloadDelegatesNote {
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
        stop(STOP);
    }

    public synchronized void stop(String marker) throws InterruptedException {
        if (stopped) {
            return;
        }
        stopped = true;
        queue.put(marker); // expect: BlockingUnderLock['`queue.put()` may block while holding `this`, which no other code takes: only concurrent runs of `BadStopOverloadDelegatesNote.stop` wait meanwhile']
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
