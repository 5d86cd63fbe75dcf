package races.unguardedwrite;

/**
 * The look-alike of BadSettingRecomputedUnderMonitorNote where the program itself calls the setter
 * without the monitor while the checker runs: {@code onSlowNetwork()} (any client thread) changes the
 * interval of a running monitor with no lock, racing with the checker's locked reads. A warning.
 */
public class BadSetterCalledUnlockedAtWork {
    private long writeCheckTime = 30_000;
    private Thread checker;

    public void setWriteCheckTime(long writeCheckTime) {
        this.writeCheckTime = writeCheckTime; // expect: UnguardedWrite['`writeCheckTime` is written without `this`']
    }

    public void onSlowNetwork() {
        setWriteCheckTime(60_000);
    }

    public synchronized void start() {
        if (checker == null) {
            checker = new Thread(this::check);
            checker.start();
        }
    }

    private void check() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (this) {
                sleepFor(writeCheckTime);
            }
        }
    }

    private static void sleepFor(long millis) {
    }
}
