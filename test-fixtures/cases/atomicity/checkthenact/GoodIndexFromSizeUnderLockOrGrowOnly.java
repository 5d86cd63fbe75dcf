package atomicity.checkthenact;

import java.util.Collections;
import java.util.List;
import java.util.Vector;
import java.util.ArrayList;

/**
 * Positions taken from the size where no other thread can invalidate them: the stack's peek and pop
 * hold the Vector's own monitor around the size and the access, and the log only ever grows, so an
 * index below a size once read stays valid.
 */
public class GoodIndexFromSizeUnderLockOrGrowOnly {
    private final Vector<String> stack = new Vector<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    public void push(String item) {
        stack.add(item);
        log.add(item);
    }

    public String peek() {
        synchronized (stack) {
            return stack.get(stack.size() - 1);
        }
    }

    public String pop() {
        synchronized (stack) {
            return stack.isEmpty() ? null : stack.remove(stack.size() - 1);
        }
    }

    public String lastLogged() {
        return log.isEmpty() ? null : log.get(log.size() - 1);
    }

    /** The local-position forms of the same: under the stack's monitor, and on the log that only grows. */
    public String getLast() {
        synchronized (stack) {
            int lastIndex = stack.size() - 1;
            return stack.get(lastIndex);
        }
    }

    public String lastLoggedThroughLocal() {
        int lastIndex = log.size() - 1;
        return lastIndex < 0 ? null : log.get(lastIndex);
    }
}
