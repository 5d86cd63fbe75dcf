package races.spinonfield;

/** Waits for the flag with wait() in a synchronized method: the monitor gives the visibility the busy loop lacks. */
public class GoodWaitLoop {
    private boolean ready;

    public synchronized void markReady() {
        ready = true;
        notifyAll();
    }

    public synchronized boolean awaitReady() {
        try {
            while (!ready) {
                wait();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
