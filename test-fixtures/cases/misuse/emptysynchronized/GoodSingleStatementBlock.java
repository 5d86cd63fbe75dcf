package misuse.emptysynchronized;

/** Pausable worker whose resume() block holds a single notifyAll() call: short, but not empty. */
public class GoodSingleStatementBlock {
    private final Object lock = new Object();
    private volatile boolean paused;

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public void awaitResumed() throws InterruptedException {
        synchronized (lock) {
            while (paused) {
                lock.wait();
            }
        }
    }
}
