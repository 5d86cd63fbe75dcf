package misuse.interruptswallowed;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Readiness probe that turns an interrupt into "not ready": the caller's interrupt status is cleared and never restored. */
public class BadReturnFalse {
    private final CountDownLatch started = new CountDownLatch(1);

    public void markStarted() {
        started.countDown();
    }

    public boolean awaitStarted(long seconds) {
        try {
            return started.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) { // expect: InterruptSwallowed
            return false;
        }
    }
}
