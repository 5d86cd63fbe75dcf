package races.unguardedread;

import java.util.ArrayList;
import java.util.List;

/** A sender that checks its closed flag before taking the monitor that close() holds when it sets the flag. */
public class BadClosedCheckOutsideLock {
    private final List<String> pending = new ArrayList<>();
    private boolean closed;

    public void send(String message) {
        if (closed) { // expect: UnguardedRead['`closed` is read without `this`, which guards every write to `closed` (as in `BadClosedCheckOutsideLock.close`)']
            throw new IllegalStateException("sender is closed");
        }
        synchronized (this) {
            pending.add(message);
        }
    }

    public synchronized void close() {
        closed = true; // related: UnguardedRead['`closed` is written under `this` here']
        pending.clear();
    }

    /** The program itself sends from a heartbeat thread, so the check meets close() on its threads too. */
    public void startHeartbeat() {
        new Thread(() -> send("ping")).start();
    }

    public synchronized int pendingCount() {
        return pending.size();
    }
}
