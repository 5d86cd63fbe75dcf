package deadlock.lockorderinversion;

/**
 * The private helper takes the session lock and then this object's monitor, but its only callers
 * already hold the monitor: taking it again is re-entry, not a second lock, so there is no cycle.
 */
public class GoodReentrantThroughCallers {
    private final Object sessionLock = new Object();
    private int attempts;

    public synchronized void onResult() {
        rejoin();
    }

    public synchronized void onWatchEvent() {
        rejoin();
    }

    private void rejoin() {
        synchronized (sessionLock) {
            reset();
        }
    }

    private synchronized void reset() {
        attempts++;
    }
}
