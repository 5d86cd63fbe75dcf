package races.unguardedread;

import java.util.ArrayList;
import java.util.List;

/** A sender that checks its closed flag before taking the monitor that close() holds when it sets the flag. */
public class BadClosedCheckOutsideLock {
    private final List<String> pending = new ArrayList<>();
    private boolean closed;

    public void send(String message) {
        if (closed) { // expect: UnguardedRead
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
