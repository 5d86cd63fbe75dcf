package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The timeout task of {@link GoodTaskFieldOnOneExecutor} runs on the single-thread executor, but
 * {@code drain} also changes the queue and the count on the caller's thread: the two threads race, in
 * the lambda and in the timeout task alike.
 */
public class BadTaskFieldAndCallerThread {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Runnable timeoutTask;
    private final Deque<Object> pending = new ArrayDeque<>();
    private int count;
    private volatile ScheduledFuture<?> timeout;

    public BadTaskFieldAndCallerThread(boolean fail) {
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
            pending.offer(o); // expect: UnguardedWrite['`pending.offer()` changes `pending` without a lock']
            count++; // expect: UnguardedWrite['`count` is updated without a lock']
            if (timeoutTask != null) {
                timeout = executor.schedule(timeoutTask, 1, TimeUnit.SECONDS);
            }
        });
    }

    public void drain() {
        pending.clear();
        count = 0;
    }

    private abstract class TimeoutTask implements Runnable {
        @Override
        public final void run() {
            Object task = pending.poll(); // expect: UnguardedWrite['`pending.poll()` changes `pending` without a lock']
            count--; // expect: UnguardedWrite['`count` is updated without a lock, by a task that runs on another thread']
            onTimeout(task);
        }

        abstract void onTimeout(Object task);
    }
}
