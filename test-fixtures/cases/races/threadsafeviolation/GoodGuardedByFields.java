package races.threadsafeviolation;

import java.util.ArrayList;
import java.util.List;
import net.jcip.annotations.GuardedBy;
import net.jcip.annotations.ThreadSafe;

/** A @ThreadSafe audit log whose mutable fields are @GuardedBy("this") and touched only in synchronized methods. */
@ThreadSafe
public class GoodGuardedByFields {
    @GuardedBy("this")
    private final List<String> entries = new ArrayList<>();

    @GuardedBy("this")
    private long lastWrite;

    public synchronized void append(String entry, long now) {
        entries.add(entry);
        lastWrite = now;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long lastWrite() {
        return lastWrite;
    }
}
