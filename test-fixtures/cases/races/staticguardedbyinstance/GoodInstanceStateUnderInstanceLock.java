package races.staticguardedbyinstance;

/** Synchronized instance methods that write only instance fields; the static field is a constant. */
public class GoodInstanceStateUnderInstanceLock {
    private static final int MAX_RETRIES = 5;
    private int retries;

    public synchronized boolean retry() {
        if (retries >= MAX_RETRIES) {
            return false;
        }
        retries++;
        return true;
    }

    public synchronized void reset() {
        retries = 0;
    }
}
