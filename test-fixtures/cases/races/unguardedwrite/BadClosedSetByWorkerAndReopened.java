package races.unguardedwrite;

/**
 * The look-alike of GoodClosedSetByWorkerAndByClose whose lock also reopens the flag: the worker's
 * exiting {@code closed = true} can land after a client's {@code reopen()}, so the reopened object reads
 * as closed. Two writes of different values race.
 */
public class BadClosedSetByWorkerAndReopened {
    private final Object lock = new Object();
    private final Thread worker = new Thread(this::run); // related: UnguardedWrite@43['reaches the write from here']
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

    public void reopen() {
        synchronized (lock) {
            closed = false;
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
            closed = true; // expect: UnguardedWrite['it races with the write of `closed` in `BadClosedSetByWorkerAndReopened.reopen`'], UnguardedWrite['(reached from the method reference in `BadClosedSetByWorkerAndReopened.<instance initializer>` at line 10)']
        }
    }
}
