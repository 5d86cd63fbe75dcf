package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import net.jcip.annotations.GuardedBy;

/**
 * The look-alike: the inner task calls the cache's @GuardedBy("evictionLock") helper from an executor
 * thread, and neither its run() nor its caller holds the cache's lock.
 */
public class BadInnerTaskCallsOuterGuardedHelper {
    private final ReentrantLock evictionLock = new ReentrantLock();
    private final Executor executor;

    @GuardedBy("evictionLock")
    private final Deque<String> accessOrder = new ArrayDeque<>();

    public BadInnerTaskCallsOuterGuardedHelper(Executor executor) {
        this.executor = executor;
    }

    @GuardedBy("evictionLock")
    void append(String key) {
        accessOrder.addLast(key);
    }

    final class AddTask implements Runnable {
        private final String key;

        AddTask(String key) {
            this.key = key;
        }

        @Override
        public void run() {
            append(key); // expect: GuardedByViolation['`BadInnerTaskCallsOuterGuardedHelper.append` is @GuardedBy("evictionLock"): its callers must hold `BadInnerTaskCallsOuterGuardedHelper.this.evictionLock`, but it is called here without it']
        }
    }

    public void add(String key) {
        executor.execute(new AddTask(key));
    }

    public int size() {
        evictionLock.lock();
        try {
            return accessOrder.size();
        } finally {
            evictionLock.unlock();
        }
    }
}
