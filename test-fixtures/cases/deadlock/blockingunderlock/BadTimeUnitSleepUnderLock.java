package deadlock.blockingunderlock;

import java.util.concurrent.TimeUnit;

/**
 * A poller that backs off with {@code TimeUnit.MILLISECONDS.sleep} inside a synchronized method: the
 * constant is the enum's own instance, so the call is the unit's sleep, and every other caller of the
 * object waits for the monitor during the whole pause.
 */
public class BadTimeUnitSleepUnderLock {
    private int misses;

    public synchronized boolean poll() throws InterruptedException {
        if (misses++ > 3) {
            TimeUnit.MILLISECONDS.sleep(100); // expect: BlockingUnderLock['`TimeUnit.MILLISECONDS.sleep()` may block for a long time while holding `this`']
            misses = 0;
        }
        return misses == 0;
    }

    public synchronized int misses() {
        return misses;
    }
}
