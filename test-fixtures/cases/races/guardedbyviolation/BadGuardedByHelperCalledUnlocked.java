package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import net.jcip.annotations.GuardedBy;

/**
 * The helper's @GuardedBy("lock") says its callers hold the lock; {@code trim()} calls it without,
 * so the eviction races with {@code offer}.
 */
public class BadGuardedByHelperCalledUnlocked {
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Deque<String> queue = new ArrayDeque<>();

    public void offer(String item) {
        synchronized (lock) {
            queue.addLast(item);
        }
    }

    public void trim() {
        evictOldest(); // expect: GuardedByViolation['`BadGuardedByHelperCalledUnlocked.evictOldest` is @GuardedBy("lock"): its callers must hold `lock`, but it is called here without it']
    }

    @GuardedBy("lock")
    private void evictOldest() {
        queue.pollFirst();
    }
}
