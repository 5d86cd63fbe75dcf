package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import net.jcip.annotations.GuardedBy;

/**
 * Reviewed under Error Prone, whose GuardedBy check also answers to its older name GuardedByChecker: the
 * suppression there names the same check, and the authors weighed the unlocked call (warm-up runs before
 * the object is handed to other threads, as its documentation tells callers).
 */
public class GoodReviewedUnderGuardedByChecker {
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Deque<String> queue = new ArrayDeque<>();

    /** Fills the queue before the object is shared; not for use once other threads can reach it. */
    @SuppressWarnings("GuardedByChecker")
    public void warm(Iterable<String> seed) {
        for (String s : seed) {
            append(s);
        }
    }

    public void offer(String item) {
        synchronized (lock) {
            append(item);
        }
    }

    @GuardedBy("lock")
    private void append(String item) {
        queue.addLast(item);
    }
}
