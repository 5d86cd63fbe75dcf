package misuse.synconsharedconstant;

import java.util.ArrayList;
import java.util.List;

/** Audit log locking on a String constant: string literals are interned JVM-wide, so any other code that also locks on "LOCK" contends or deadlocks with it. */
public class BadStringLiteralLock {
    private static final String LOCK = "LOCK";
    private final List<String> lines = new ArrayList<>();

    public void record(String line) {
        synchronized (LOCK) { // expect: SyncOnSharedConstant['`BadStringLiteralLock.LOCK`, a string literal interned']
            lines.add(line);
        }
    }

    public int size() {
        synchronized (LOCK) { // expect: SyncOnSharedConstant
            return lines.size();
        }
    }
}
