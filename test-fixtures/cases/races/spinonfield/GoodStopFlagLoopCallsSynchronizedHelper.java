package races.spinonfield;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The look-alikes of BadStopFlagLoopCallsPlainHelper whose helpers synchronize: one takes the object's
 * monitor, the other works on a library queue whose code the analysis does not see. A lock taken on
 * every pass keeps the flag from being read only once.
 */
public class GoodStopFlagLoopCallsSynchronizedHelper implements Runnable {
    private boolean running = true;
    private long processed;
    private final Queue<String> inbox = new ArrayDeque<>();

    @Override
    public void run() {
        while (running) {
            step();
        }
    }

    public void drain() {
        while (running) {
            take();
        }
    }

    private synchronized void step() {
        processed++;
    }

    private void take() {
        inbox.poll();
    }

    public void shutdown() {
        running = false;
    }
}
