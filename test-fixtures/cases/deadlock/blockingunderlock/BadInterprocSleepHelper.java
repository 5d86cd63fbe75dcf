package deadlock.blockingunderlock;

/** A synchronized connect loop calls a private back-off helper that sleeps: the monitor stays held for the whole sleep, so every other caller of this object waits too. */
public final class BadInterprocSleepHelper {
    private int attempts;
    private boolean connected;

    public synchronized boolean connect() {
        while (!connected && attempts < 5) {
            attempts++;
            connected = tryOpen();
            if (!connected) {
                backOff(attempts); // expect: BlockingUnderLock['`backOff()` may block in `Thread.sleep()` (BadInterprocSleepHelper.java:29) while this method holds `this`']
            }
        }
        return connected;
    }

    public synchronized boolean isConnected() {
        return connected;
    }

    private boolean tryOpen() {
        return attempts > 2;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(100L * attempt); // related: BlockingUnderLock['`Thread.sleep()` blocks here']
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
