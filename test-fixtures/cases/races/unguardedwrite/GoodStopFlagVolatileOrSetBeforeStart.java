package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Look-alikes of BadStopFlagPolledByWorkingTask: a volatile stop flag, and a plain mode flag set before
 * the worker starts (the start orders the write before the worker's reads) and never after.
 */
public class GoodStopFlagVolatileOrSetBeforeStart {
    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private boolean verbose;

    public void start(boolean loud) {
        verbose = loud;
        new Thread(() -> {
            while (running && verbose) {
                try {
                    String job = jobs.poll(100, TimeUnit.MILLISECONDS);
                    if (job != null) {
                        System.out.println(job);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }).start();
    }

    public void shutdown() {
        running = false;
    }
}
