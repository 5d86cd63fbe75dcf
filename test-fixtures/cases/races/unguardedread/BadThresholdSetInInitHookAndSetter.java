package races.unguardedread;

/**
 * The same service, but a public setter also changes the threshold under the state lock, at any time
 * after the monitor thread started: its unlocked reads may see a stale value.
 */
public class BadThresholdSetInInitHookAndSetter extends SetterServiceBase {
    private long warnThresholdMs;

    @Override
    protected void serviceInit(long threshold) {
        warnThresholdMs = threshold;
    }

    public void setWarnThreshold(long threshold) {
        synchronized (stateChangeLock) {
            warnThresholdMs = threshold;
        }
    }

    @Override
    protected void serviceStart() {
        new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (System.nanoTime() > warnThresholdMs) { // expect: UnguardedRead['`warnThresholdMs` is read without `stateChangeLock`']
                    System.out.println("pause");
                }
            }
        }).start();
    }
}

/** A service base: {@code init} and {@code start} run the subclass's hooks under the state lock. */
abstract class SetterServiceBase {
    protected final Object stateChangeLock = new Object();

    public void init(long threshold) {
        synchronized (stateChangeLock) {
            serviceInit(threshold);
        }
    }

    public void start() {
        synchronized (stateChangeLock) {
            serviceStart();
        }
    }

    protected abstract void serviceInit(long threshold);

    protected abstract void serviceStart();
}
