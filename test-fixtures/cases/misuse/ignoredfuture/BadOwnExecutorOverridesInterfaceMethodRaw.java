package misuse.ignoredfuture;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The program's executor implements its own interface, which declares the pool's {@code schedule}
 * again, and hands every task to the pool's own {@code schedule} through {@code super} as it is: the
 * super call runs the library's method, not the interface's abstract one, and a failure stays in the
 * dropped future.
 */
public class BadOwnExecutorOverridesInterfaceMethodRaw {

    interface Scheduler {
        ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit);
    }

    static final class CountingScheduler extends ScheduledThreadPoolExecutor implements Scheduler {
        private int scheduled;

        CountingScheduler() {
            super(2);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            synchronized (this) {
                scheduled++;
            }
            return super.schedule(task, delay, unit);
        }

        synchronized int scheduled() {
            return scheduled;
        }
    }

    private final CountingScheduler scheduler = new CountingScheduler();

    public void expireLater(Runnable expiry) {
        scheduler.schedule(expiry, 1, TimeUnit.MINUTES); // expect: IgnoredFuture['the Future returned by `schedule` is dropped']
    }
}
