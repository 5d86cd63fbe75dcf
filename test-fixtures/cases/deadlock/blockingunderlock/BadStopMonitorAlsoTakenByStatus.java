package deadlock.blockingunderlock;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike of BadStopOverloadDelegatesNote whose monitor a status query also takes: a thread asking
 * whether the logger stopped waits for the whole shutdown, however long the writer takes. The put is a
 * note: it runs only as the logger stops, so the status query waits only then. The join stays a warning:
 * the writer is a thread made around a task, whose code the join does not tell, so it may be code that
 * needs the monitor to end.
 */
public class BadStopMonitorAlsoTakenByStatus {
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
        queue.put(marker); // expect: BlockingUnderLock['this runs only as `BadStopMonitorAlsoTakenByStatus.stop` starts or stops']
        writer.join(); // expect: BlockingUnderLock['`writer.join()` may block for a long time while holding `this`']
    }

    public synchronized boolean isStopped() {
        return stopped && !writer.isAlive();
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
