package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The timeout task is kept in a field declared {@code Runnable} that only ever holds fresh
 * {@code TimeoutTask}s (or null), and it is scheduled on the same single-thread executor that runs every
 * other access to the queue: all of them run one after another on that executor's thread (netty
 * FixedChannelPool.TimeoutTask on the pool's event loop, final races review).
 */
public class GoodTaskFieldOnOneExecutor {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Runnable timeoutTask;
    private final Deque<Object> pending = new ArrayDeque<>();
    private int count;
    private volatile ScheduledFuture<?> timeout;

    public GoodTaskFieldOnOneExecutor(boolean fail) {
        if (fail) {
            timeoutTask = null;
        } else {
            timeoutTask = new TimeoutTask() {
                @Override
                void onTimeout(Object task) {
                    System.out.println(task);
                }
            };
        }
    }

    public void acquire(Object o) {
        executor.execute(() -> {
            pending.offer(o);
            count++;
            if (timeoutTask != null) {
                timeout = executor.schedule(timeoutTask, 1, TimeUnit.SECONDS);
            }
        });
    }

    private abstract class TimeoutTask implements Runnable {
        @Override
        public final void run() {
            Object task = pending.poll();
            count--;
            onTimeout(task);
        }

        abstract void onTimeout(Object task);
    }
}
