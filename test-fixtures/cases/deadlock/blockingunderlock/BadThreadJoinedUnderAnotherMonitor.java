package deadlock.blockingunderlock;

/**
 * The look-alike of GoodThreadJoinsItselfUnderItsOwnMonitor whose owner joins the refresh thread under
 * the owner's monitor, which the thread needs for every refresh: the join does not release it, and the
 * thread can never finish.
 */
public class BadThreadJoinedUnderAnotherMonitor {
    private final Thread refresher = new Thread(this::loop);
    private boolean finish;
    private long refreshes;

    public void start() {
        refresher.start();
    }

    private void loop() {
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
        refresher.join(); // expect: BlockingUnderLock['`refresher.join()` may block for a long time while holding `this`']
    }
}
