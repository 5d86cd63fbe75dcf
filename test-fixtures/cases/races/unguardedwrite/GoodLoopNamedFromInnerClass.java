package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The pool's timer is an inner class whose method asserts it runs on {@code executor}: from the inner
 * class that field is the enclosing pool's, the same loop the pool hands its tasks to, so the timer and
 * the tasks share the loop's one thread (netty FixedChannelPool.TimeoutTask).
 */
public class GoodLoopNamedFromInnerClass {
    private final EventExecutor executor;
    private final Queue<Runnable> waiters = new ArrayDeque<>();
    private final Expiry expiry = new Expiry();

    public GoodLoopNamedFromInnerClass(EventExecutor executor) {
        this.executor = executor;
    }

    public void acquire(Runnable waiter) {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                waiters.add(waiter);
            }
        });
    }

    /** Called by the loop's timer. */
    public void onTimer() {
        expiry.expire();
    }

    private final class Expiry {
        void expire() {
            assert executor.inEventLoop();
            for (Runnable r = waiters.poll(); r != null; r = waiters.poll()) {
                r.run();
            }
        }
    }
}
