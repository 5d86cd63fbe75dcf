package deadlock.blockingunderlock;

/** Service whose synchronized stop() joins the worker thread: if the worker needs this monitor to finish, both wait forever. */
public class BadJoinUnderLock {
    private final Thread worker = new Thread(this::work, "worker");
    private boolean stopping;

    public synchronized void start() {
        worker.start();
    }

    public synchronized void stop() throws InterruptedException {
        stopping = true;
        worker.interrupt();
        worker.join(); // expect: BlockingUnderLock
    }

    private synchronized boolean stopping() {
        return stopping;
    }

    private void work() {
        while (!stopping()) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
