package deadlock.blockingunderlock;

/**
 * A synchronized stop that joins the service's worker, whose own loop calls a synchronized method of the
 * service: while stop holds the monitor the worker cannot finish its round, and the join never returns.
 * Stopping only once does not make it a note (hadoop's ipc.Server.stop joining its Reader threads).
 */
public class BadStopJoinsThreadThatTakesTheLock {
    private final Worker worker = new Worker(this);
    private boolean running = true;
    private long rounds;

    public void start() {
        worker.start();
    }

    public synchronized void stop() throws InterruptedException {
        running = false;
        worker.join(); // expect: BlockingUnderLock['the joined thread']
    }

    synchronized boolean round() {
        rounds++;
        return running;
    }

    /** The worker thread: one round at a time, each under the service's monitor. */
    static final class Worker extends Thread {
        private final BadStopJoinsThreadThatTakesTheLock service;

        Worker(BadStopJoinsThreadThatTakesTheLock service) {
            this.service = service;
        }

        @Override
        public void run() {
            while (service.round()) {
                Thread.onSpinWait();
            }
        }
    }
}
