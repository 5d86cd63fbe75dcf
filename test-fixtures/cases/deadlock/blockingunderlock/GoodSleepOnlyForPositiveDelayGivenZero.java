package deadlock.blockingunderlock;

/**
 * A reconnect that sleeps first only when asked to wait ({@code if (ms > 0) Thread.sleep(ms)}), called
 * under the monitor with no delay, through a helper that passes its own parameter on: the sleep cannot
 * run there. The call with a delay is the look-alike, and it is reported.
 */
public class GoodSleepOnlyForPositiveDelayGivenZero {
    private int attempts;

    public synchronized void onExpired() {
        attempts++;
        rejoin(0);
    }

    public synchronized void onFailedToBecomeActive() {
        attempts++;
        rejoin(1000); // expect: BlockingUnderLock['`rejoin()` may block in `Thread.sleep()`']
    }

    private void rejoin(int delayMillis) {
        pause(delayMillis);
        attempts = 0;
    }

    private void pause(int ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
