package races.unguardedwrite;

/**
 * A worker thread marks itself closed as it exits, and {@code close()} marks it closed under the lock
 * the worker reads the flag under. Both writes store {@code true}: whichever lands last, the flag ends
 * the same, and the only read is the worker's own. No race (a heartbeat thread's {@code closed}).
 */
public class GoodClosedSetByWorkerAndByClose {
    private final Object lock = new Object();
    private final Thread worker = new Thread(this::run);
    private boolean closed;

    public void start() {
        worker.start();
    }

    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    private void run() {
        try {
            while (true) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    lock.wait(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
        }
    }
}
