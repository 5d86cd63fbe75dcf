package races.unguardedwrite;

import net.jcip.annotations.ThreadSafe;

/** A class documented @ThreadSafe whose setter writes maxAttempts without the monitor that its reader holds. */
@ThreadSafe
public class BadThreadSafeRetryPolicy {
    private int maxAttempts = 3; // expect: ThreadSafeViolation

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts; // expect: UnguardedWrite
    }

    public synchronized boolean shouldRetry(int attempt) {
        return attempt < maxAttempts;
    }
}
