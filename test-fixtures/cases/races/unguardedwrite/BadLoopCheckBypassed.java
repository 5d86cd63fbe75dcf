package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The same pool, but {@code close} calls {@code close0} itself, without the loop check: a client
 * thread drains the queue while the loop adds to it.
 */
public class BadLoopCheckBypassed {
    private final EventExecutor executor;
    private final Queue<Runnable> waiters = new ArrayDeque<>();

    public BadLoopCheckBypassed(EventExecutor executor) {
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

    public void close() {
        close0();
    }

    public void closeAsync() {
        if (executor.inEventLoop()) {
            close0();
        } else {
            executor.execute(this::close0); // related: UnguardedWrite@41['reaches the write from here']
        }
    }

    private void close0() {
        for (Runnable r = waiters.poll(); r != null; r = waiters.poll()) { // expect: UnguardedWrite['`waiters.poll()` changes `waiters` without a lock, by a task that runs on another thread'], UnguardedWrite['(reached from the method reference in `BadLoopCheckBypassed.closeAsync` at line 36)']
            r.run();
        }
    }
}
