package misuse.interruptswallowed;

import java.util.concurrent.Future;

/**
 * Stopping cancels the refresh and then collects it, catching everything: a get() right after cancel()
 * answers at once with CancellationException (or the result when the refresh had already ended), so it
 * never waits and no InterruptedException can reach the catch (cassandra MonotonicClock).
 */
public class GoodGetAfterCancelCatchesAll {
    private Future<?> refresh;

    public void start(Future<?> running) {
        refresh = running;
    }

    public void stop() {
        Future<?> f = refresh;
        if (f == null) {
            return;
        }
        f.cancel(true);
        try {
            f.get();
        } catch (Throwable t) {
            // cancelled: nothing to collect
        }
        refresh = null;
    }
}
