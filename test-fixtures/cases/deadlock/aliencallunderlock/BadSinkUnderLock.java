package deadlock.aliencallunderlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An audit trail forwards each record to a pluggable sink (an interface-typed field) inside its synchronized block: whatever the sink implementation does (network I/O, its own locks) happens under this lock. */
public final class BadSinkUnderLock {
    public interface AuditSink {
        void write(String record);
    }

    private final Object lock = new Object();
    private final AuditSink sink;
    private final Deque<String> recent = new ArrayDeque<>();

    public BadSinkUnderLock(AuditSink sink) {
        this.sink = sink;
    }

    public void record(String user, String action) {
        String entry = user + " " + action;
        synchronized (lock) {
            recent.addLast(entry);
            if (recent.size() > 100) {
                recent.removeFirst();
            }
            sink.write(entry); // expect: AlienCallUnderLock['`sink.write()` on an `AuditSink`, handed in to `new BadSinkUnderLock(...)`'], AlienCallUnderLock['while holding `lock`']
        }
    }

    public List<String> recent() {
        synchronized (lock) {
            return new ArrayList<>(recent);
        }
    }
}
