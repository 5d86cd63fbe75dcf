package races.unguardedread;

import java.util.ArrayList;
import java.util.List;

/**
 * A sender shared by the application's threads. This class is thread-safe.
 *
 * <p>The look-alike of BadClosedCheckOnlyOutsideCallersNote whose comment invites clients to call it at
 * once: nothing in the program calls send() or close() either, but the documented contract says outside
 * code will, so the check outside the lock stays a warning.
 */
public class BadClosedCheckInDocumentedThreadSafeSender {
    private final List<String> pending = new ArrayList<>();
    private boolean closed;

    public void send(String message) {
        if (closed) { // expect: UnguardedRead['`closed` is read without `this`']
            throw new IllegalStateException("sender is closed");
        }
        synchronized (this) {
            pending.add(message);
        }
    }

    public synchronized void close() {
        closed = true;
        pending.clear();
    }

    public synchronized int pendingCount() {
        return pending.size();
    }
}
