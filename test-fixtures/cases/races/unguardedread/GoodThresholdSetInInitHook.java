package races.unguardedread;

/**
 * A service whose thresholds are set in the hook its base class's {@code init} calls, once, before
 * {@code start} starts the monitor thread that reads them: the hook is part of the initialization, not a
 * method client threads run, so the unlocked reads race with nothing (hadoop JvmPauseMonitor.serviceInit
 * under AbstractService.init).
 */
public class GoodThresholdSetInInitHook extends InitHookServiceBase {
    private long warnThresholdMs;

    @Override
    protected void serviceInit(long threshold) {
        warnThresholdMs = threshold;
    }

    @Override
    protected void serviceStart() {
        new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (System.nanoTime() > warnThresholdMs) {
                    System.out.println("pause");
                }
            }
        }).start();
    }
}

/** A service base: {@code init} and {@code start} run the subclass's hooks under the state lock. */
abstract class InitHookServiceBase {
    private final Object stateChangeLock = new Object();

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
