package misuse.monitornotheld;

/** Readiness gate that sets the flag inside the block but calls notifyAll() after leaving it: the call throws IllegalMonitorStateException. */
public class BadNotifyAfterBlock {
    private final Object lock = new Object();
    private boolean ready;

    public void markReady() {
        synchronized (lock) {
            ready = true;
        }
        lock.notifyAll(); // expect: MonitorNotHeld
    }

    public void awaitReady() throws InterruptedException {
        synchronized (lock) {
            while (!ready) {
                lock.wait();
            }
        }
    }
}
