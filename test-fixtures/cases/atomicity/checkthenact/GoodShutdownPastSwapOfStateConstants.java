package atomicity.checkthenact;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shutting down reads the state and then sets it, but only past a compare-and-set from one named constant
 * to another: one caller's swap wins, and only that caller reaches the set (vert.x's
 * ThreadPerTaskExecutorService.shutdown).
 */
public class GoodShutdownPastSwapOfStateConstants {
    private static final int RUNNING = 0;
    private static final int SHUTTING_DOWN = 1;
    private static final int TERMINATED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    public void shutdown() {
        if (state.get() == RUNNING && state.compareAndSet(RUNNING, SHUTTING_DOWN)) {
            if (threads.isEmpty()) {
                state.set(TERMINATED);
            } else {
                threads.forEach(Thread::interrupt);
            }
        }
    }

    public boolean isTerminated() {
        return state.get() == TERMINATED;
    }
}
