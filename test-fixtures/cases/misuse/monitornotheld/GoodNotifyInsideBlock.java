package misuse.monitornotheld;

/** Readiness gate that sets the flag and calls notifyAll() inside the same synchronized (lock) block. */
public class GoodNotifyInsideBlock {
    private final Object lock = new Object();
    private boolean ready;

    public void markReady() {
        synchronized (lock) {
            ready = true;
            lock.notifyAll();
        }
    }

    public void awaitReady() throws InterruptedException {
        synchronized (lock) {
            while (!ready) {
                lock.wait();
            }
        }
    }
}
