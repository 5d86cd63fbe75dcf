package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The same pool, but {@code expire} drains the queue before it asserts it is on the loop: the
 * assertion says nothing about the code above it, and a client thread drains the queue while the loop
 * adds to it.
 */
public class BadAssertedAfterUse {
    private final EventExecutor executor;
    private final Queue<Runnable> waiters = new ArrayDeque<>();

    public BadAssertedAfterUse(EventExecutor executor) {
        this.executor = executor;
    }

    public void acquire(Runnable waiter) {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                waiters.add(waiter); // expect: UnguardedWrite['`waiters.add()` changes `waiters` without a lock, by a task that runs on another thread']
            }
        });
    }

    public void expire() {
        Runnable first = waiters.poll();
        assert executor.inEventLoop();
        if (first != null) {
            first.run();
        }
    }
}
