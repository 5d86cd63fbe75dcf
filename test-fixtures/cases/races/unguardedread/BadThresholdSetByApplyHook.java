package races.unguardedread;

/**
 * The same service, but the hook runs from the base class's public {@code apply}, which clients may call
 * at any time after {@code start}: the monitor thread's unlocked reads may see a stale threshold. The
 * write happens in the subclass's override, reached from the base class (a template method).
 */
public class BadThresholdSetByApplyHook extends ApplyHookServiceBase {
    private long warnThresholdMs;

    @Override
    protected void serviceInit(long threshold) {
        warnThresholdMs = threshold;
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

/** A service base: {@code apply} and {@code start} run the subclass's hooks under the state lock. */
abstract class ApplyHookServiceBase {
    private final Object stateChangeLock = new Object();

    public void apply(long threshold) {
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
