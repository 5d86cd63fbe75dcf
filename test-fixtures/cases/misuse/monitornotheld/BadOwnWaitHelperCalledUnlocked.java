package misuse.monitornotheld;

import java.time.Duration;

/**
 * The same helper, called once without the monitor of the object it is handed: its wait throws
 * IllegalMonitorStateException on that path.
 */
public class BadOwnWaitHelperCalledUnlocked {
    private final Object makeObjectCountLock = new Object();
    private long makeObjectCount;

    public void create(Duration remaining) throws InterruptedException {
        synchronized (makeObjectCountLock) {
            if (makeObjectCount > 0) {
                wait(makeObjectCountLock, remaining);
            }
            makeObjectCount++;
        }
    }

    public void pause(Duration remaining) throws InterruptedException {
        wait(makeObjectCountLock, remaining);
    }

    final void wait(Object obj, Duration duration) throws InterruptedException {
        if (!duration.isNegative()) {
            obj.wait(duration.toMillis(), duration.getNano() % 1_000_000); // expect: MonitorNotHeld['`obj.wait()` is called without holding the monitor of `obj`']
        }
    }
}
