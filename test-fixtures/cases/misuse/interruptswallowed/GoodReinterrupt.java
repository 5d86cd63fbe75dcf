package misuse.interruptswallowed;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Readiness probe that restores the interrupt flag before answering "not ready". */
public class GoodReinterrupt {
    private final CountDownLatch started = new CountDownLatch(1);

    public void markStarted() {
        started.countDown();
    }

    public boolean awaitStarted(long seconds) {
        try {
            return started.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
