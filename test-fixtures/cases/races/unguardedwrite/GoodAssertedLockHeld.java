package races.unguardedwrite;

/** The public helper asserts that its caller holds the lock: its write is made under it. */
public class GoodAssertedLockHeld {
    private final Object lock = new Object();
    private int count;

    public void increment() {
        synchronized (lock) {
            bump();
        }
    }

    public void bump() {
        assert Thread.holdsLock(lock);
        count++;
    }

    public int count() {
        synchronized (lock) {
            return count;
        }
    }
}
