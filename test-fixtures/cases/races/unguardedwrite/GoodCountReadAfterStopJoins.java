package races.unguardedwrite;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A flush daemon counts what it wrote in a plain field; the only code that reads the count asks for it
 * after stopping the daemon with a method that joins it, so every increment happens before the read.
 */
public class GoodCountReadAfterStopJoins extends Thread {
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
                flushed++;
            }
        }
    }

    public void shutdownAndWait() throws InterruptedException {
        stopRequested = true;
        join();
    }

    public long flushed() {
        return flushed;
    }

    public static void main(String[] args) throws InterruptedException {
        GoodCountReadAfterStopJoins daemon = new GoodCountReadAfterStopJoins();
        daemon.start();
        daemon.enqueue("a");
        daemon.shutdownAndWait();
        System.out.println(daemon.flushed());
    }
}
