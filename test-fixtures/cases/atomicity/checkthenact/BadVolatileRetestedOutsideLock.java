package atomicity.checkthenact;

import java.io.IOException;
import java.io.Writer;

/**
 * The same handle tested twice, but the second test is still outside the lock: the clearing can run
 * between it and the use.
 */
public class BadVolatileRetestedOutsideLock {
    private volatile Writer handle;

    public BadVolatileRetestedOutsideLock(Writer handle) {
        this.handle = handle;
    }

    public void finish() throws IOException {
        if (handle != null) {
            if (handle != null) {
                handle.close(); // expect: CheckThenAct['check-then-act on `handle`: it is tested non-null at line 19']
            }
        }
    }

    public void timeout() throws IOException {
        synchronized (this) {
            Writer h = handle;
            if (h != null) {
                h.flush();
                handle = null;
            }
        }
    }
}
