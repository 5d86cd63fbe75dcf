package races.unguardedwrite;

import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A pool whose queue of waiters lives on its event loop. {@code closeAsync} runs {@code close0} directly
 * only when the caller is on the loop, and hands it to the loop otherwise; {@code close}, which clients
 * call from any thread, goes through {@code closeAsync}. Every access to the queue therefore runs on
 * the loop's one thread, even the one reached from {@code close} (netty FixedChannelPool.close).
 */
public class GoodLoopCheckInCallee {
    private final EventExecutor executor;
    private final Queue<Runnable> waiters = new ArrayDeque<>();

    public GoodLoopCheckInCallee(EventExecutor executor) {
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

    public void close() {
        closeAsync();
    }

    public void closeAsync() {
        if (executor.inEventLoop()) {
            close0();
        } else {
            executor.execute(this::close0);
        }
    }

    private void close0() {
        for (Runnable r = waiters.poll(); r != null; r = waiters.poll()) {
            r.run();
        }
    }
}
