package races.threadsafeviolation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.concurrent.ThreadSafe;

/**
 * A @ThreadSafe class keeps a bare {@code new Object()} as its monitor: an instance of exactly
 * {@code Object} has no state, so the field holds nothing shared that could change (issue 15). The list
 * it guards is locked at every access; the look-alike below holds a real mutable object behind the same
 * declared type.
 */
@ThreadSafe
public class GoodMonitorObjectField {
    private final Object lock = new Object();
    private final List<String> names = new ArrayList<>();

    public void add(String name) {
        synchronized (lock) {
            names.add(name);
        }
    }

    public int size() {
        synchronized (lock) {
            return names.size();
        }
    }

    /** The same declared type holding a list that anyone may change: still reported. */
    @ThreadSafe
    public static class Shared {
        private final Object state = new ArrayList<String>(); // expect: ThreadSafeViolation['holds a mutable `Object`']

        public Object state() {
            return state;
        }
    }
}
