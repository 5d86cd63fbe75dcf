package races.unguardedwrite;

/**
 * A monitor's write-check interval is a setting: a plain setter stores the value it is given, and the
 * program calls it only while it holds the monitor that guards every read of the field (the monitor thread
 * recomputes it from a negotiated value inside the synchronized start; the getter nothing in the program
 * calls is its users' read). Only a user who calls the setter on a monitor at work, without the lock, meets
 * the reads. A note (activemq's
 * AbstractInactivityMonitor.setWriteCheckTime).
 */
public class BadSettingRecomputedUnderMonitorNote {
    private long writeCheckTime = 30_000;
    private long negotiated = 10_000;
    private Thread checker;

    public void setWriteCheckTime(long writeCheckTime) {
        this.writeCheckTime = writeCheckTime; // expect: UnguardedWrite['`writeCheckTime` is a setting: once an object is built only setters write it']
    }

    public long getWriteCheckTime() {
        return writeCheckTime;
    }

    public synchronized void onNegotiated(long value) {
        negotiated = value;
        startChecker();
    }

    private void startChecker() {
        if (checker == null && writeCheckTime > 0) {
            setWriteCheckTime(negotiated / 3);
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
