package atomicity.checkthenact;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same shutdown, but its compare-and-set swaps the constant for itself: every caller that sees the
 * state running wins it, so two callers can both reach the set.
 */
public class BadShutdownPastSwapOfOneConstantToItself {
    private static final int RUNNING = 0;
    private static final int SHUTTING_DOWN = 1;
    private static final int TERMINATED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    public void shutdown() {
        if (state.get() == RUNNING && state.compareAndSet(RUNNING, RUNNING)) {
            if (threads.isEmpty()) {
                state.set(TERMINATED); // expect: CheckThenAct['check-then-act on atomic `state`']
            } else {
                threads.forEach(Thread::interrupt);
            }
        }
    }

    public boolean isTerminated() {
        return state.get() == TERMINATED;
    }
}
