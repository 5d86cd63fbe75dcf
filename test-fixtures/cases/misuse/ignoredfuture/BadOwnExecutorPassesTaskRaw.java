package misuse.ignoredfuture;

import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The program's executor only counts its tasks and hands them to the pool as they are: a failure stays in the dropped Future. */
public class BadOwnExecutorPassesTaskRaw {

    static final class CountingExecutor extends ThreadPoolExecutor {
        private int submitted;

        CountingExecutor() {
            super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        }

        public Future<?> submitCounted(Runnable task) {
            synchronized (this) {
                submitted++;
            }
            return super.submit(task);
        }

        synchronized int submitted() {
            return submitted;
        }
    }

    private final CountingExecutor executor = new CountingExecutor();

    public void refreshLater(Runnable refresh) {
        executor.submitCounted(refresh); // expect: IgnoredFuture['the Future returned by `submitCounted` is dropped']
    }
}
