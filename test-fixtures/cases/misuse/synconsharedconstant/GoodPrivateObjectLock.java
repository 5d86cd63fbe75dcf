package misuse.synconsharedconstant;

import java.util.ArrayList;
import java.util.List;

/** Audit log locking on a private static final new Object(): nobody outside this class can reach that monitor. */
public class GoodPrivateObjectLock {
    private static final Object LOCK = new Object();
    private static final List<String> LINES = new ArrayList<>();

    public static void record(String line) {
        synchronized (LOCK) {
            LINES.add(line);
        }
    }

    public static int size() {
        synchronized (LOCK) {
            return LINES.size();
        }
    }
}
