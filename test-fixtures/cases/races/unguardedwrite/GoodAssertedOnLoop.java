package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A pool whose queue of waiters lives on its event loop. {@code expire} is called by the loop's own
 * timer and states so with {@code assert executor.inEventLoop()}: the code after the assertion is
 * written for callers on the loop and runs there whenever assertions are checked, so its accesses share
 * the loop's one thread with the task that adds waiters (netty FixedChannelPool.TimeoutTask).
 */
public class GoodAssertedOnLoop {
    private final EventExecutor executor;
    private final Queue<Runnable> waiters = new ArrayDeque<>();

    public GoodAssertedOnLoop(EventExecutor executor) {
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

    public void expire() {
        assert executor.inEventLoop();
        for (Runnable r = waiters.poll(); r != null; r = waiters.poll()) {
            r.run();
        }
    }
}
