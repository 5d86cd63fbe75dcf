package deadlock.blockingunderlock;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * As BadStopJoinsThreadThatTakesTheLock, but the worker's code takes no lock: it ends once it sees the flag,
 * and the join only makes a concurrent status query wait while the service stops. A note.
 */
public class BadStopJoinsLockFreeThreadNote {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Worker worker = new Worker(running);
    private boolean stopped;

    public void start() {
        worker.start();
    }

    public synchronized void stop() throws InterruptedException {
        running.set(false);
        worker.join(); // expect: BlockingUnderLock['this runs only as `BadStopJoinsLockFreeThreadNote.stop` starts or stops']
        stopped = true;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** The worker thread: spins until the flag clears. */
    static final class Worker extends Thread {
        private final AtomicBoolean running;

        Worker(AtomicBoolean running) {
            this.running = running;
        }

        @Override
        public void run() {
            while (running.get()) {
                Thread.onSpinWait();
            }
        }
    }
}
