package races.unguardedread;

import java.util.ArrayList;
import java.util.List;

/**
 * BadClosedCheckOutsideLock without the program's own heartbeat: nothing in the program calls send() or
 * close(), so the race needs outside code calling both at once, which the program never shows (the
 * sender may well have one owner): a note that says so.
 */
public class BadClosedCheckOnlyOutsideCallersNote {
    private final List<String> pending = new ArrayList<>();
    private boolean closed;

    public void send(String message) {
        if (closed) { // expect: UnguardedRead['nothing in the program calls `BadClosedCheckOnlyOutsideCallersNote.send` or `BadClosedCheckOnlyOutsideCallersNote.close`: the race needs code outside it to call both at once']
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
