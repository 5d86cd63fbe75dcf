package races.unguardedwrite;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The same daemon, but its stop method swallows an interrupted join and returns: the count read after it
 * may be read while the daemon still runs.
 */
public class BadCountReadWhileStopMayBeInterrupted extends Thread {
    private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean stopRequested;
    private long flushed;

    public void enqueue(String entry) {
        queue.add(entry);
    }

    @Override
    public void run() {
        while (!stopRequested) {
            if (queue.poll() != null) {
                flushed++; // expect: UnguardedWrite['`flushed` is updated without a lock']
            }
        }
    }

    public void shutdownQuietly() {
        stopRequested = true;
        try {
            join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long flushed() {
        return flushed;
    }

    public static void main(String[] args) {
        BadCountReadWhileStopMayBeInterrupted daemon = new BadCountReadWhileStopMayBeInterrupted();
        daemon.start();
        daemon.enqueue("a");
        daemon.shutdownQuietly();
        System.out.println(daemon.flushed());
    }
}
