package deadlock.blockingunderlock;

/**
 * A refresh thread whose synchronized {@code close()}, called from another thread, asks it to finish and
 * joins it: {@code Thread.join} waits on the thread object's own monitor ({@code this.wait} while it is
 * alive), which it releases meanwhile, so the thread can still enter its synchronized {@code refresh()}
 * and finish (lucene ControlledRealTimeReopenThread.close).
 */
public class GoodThreadJoinsItselfUnderItsOwnMonitor extends Thread {
    private boolean finish;
    private long refreshes;

    @Override
    public void run() {
        while (!isFinished()) {
            refresh();
        }
    }

    private synchronized boolean isFinished() {
        return finish;
    }

    private synchronized void refresh() {
        refreshes++;
    }

    public synchronized void close() throws InterruptedException {
        finish = true;
        notifyAll();
        join();
    }

    public synchronized long refreshes() {
        return refreshes;
    }
}
