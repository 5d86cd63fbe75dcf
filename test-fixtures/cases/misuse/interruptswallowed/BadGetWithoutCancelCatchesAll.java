package misuse.interruptswallowed;

import java.util.concurrent.Future;

/**
 * The look-alike: stopping waits for the refresh to end without cancelling it, and catches everything:
 * an interrupt while it waits is swallowed, and the caller never learns it was asked to stop.
 */
public class BadGetWithoutCancelCatchesAll {
    private Future<?> refresh;

    public void start(Future<?> running) {
        refresh = running;
    }

    public void stop() {
        Future<?> f = refresh;
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (Throwable t) { // expect: InterruptSwallowed['an InterruptedException (caught as Throwable) is swallowed']
            // ended one way or another
        }
        refresh = null;
    }
}
