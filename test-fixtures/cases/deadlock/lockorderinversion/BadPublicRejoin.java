package deadlock.lockorderinversion;

/**
 * Like the re-entrant look-alike, but the helper is public: a thread calling rejoin() directly holds the
 * session lock and waits for the monitor, while onResult() holds the monitor and waits for the session lock.
 */
public class BadPublicRejoin {
    private final Object sessionLock = new Object();
    private int attempts;

    public synchronized void onResult() {
        rejoin(); // expect: LockOrderInversion
    }

    public void rejoin() {
        synchronized (sessionLock) {
            reset(); // expect: LockOrderInversion['other side of a lock-order inversion']
        }
    }

    private synchronized void reset() {
        attempts++;
    }
}
