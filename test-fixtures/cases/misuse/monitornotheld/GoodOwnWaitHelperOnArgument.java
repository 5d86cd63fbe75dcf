package misuse.monitornotheld;

import java.time.Duration;

/**
 * A pool's own {@code wait(Object, Duration)} helper: a call of it is a call of the program's method, not
 * of {@code Object.wait(long, int)} on {@code this}, and the helper waits on the object it is handed,
 * whose monitor its one caller holds.
 */
public class GoodOwnWaitHelperOnArgument {
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

    public void created() {
        synchronized (makeObjectCountLock) {
            makeObjectCount--;
            makeObjectCountLock.notifyAll();
        }
    }

    final void wait(Object obj, Duration duration) throws InterruptedException {
        if (!duration.isNegative()) {
            obj.wait(duration.toMillis(), duration.getNano() % 1_000_000);
        }
    }
}
