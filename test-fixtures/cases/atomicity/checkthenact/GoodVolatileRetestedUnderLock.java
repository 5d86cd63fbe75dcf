package atomicity.checkthenact;

import java.io.IOException;
import java.io.Writer;

/**
 * A timeout handle cleared under the lock, tested twice: once without the lock (a fast path) and again
 * under it before it is used, so the use sees what the inner test saw, and the clearing holds the same lock.
 */
public class GoodVolatileRetestedUnderLock {
    private volatile Writer handle;

    public GoodVolatileRetestedUnderLock(Writer handle) {
        this.handle = handle;
    }

    public void finish() throws IOException {
        if (handle != null) {
            synchronized (this) {
                if (handle != null) {
                    handle.close();
                    handle = null;
                }
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
