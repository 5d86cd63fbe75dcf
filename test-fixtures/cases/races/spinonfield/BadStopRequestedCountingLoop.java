package races.spinonfield;

import java.util.concurrent.TimeUnit;

/**
 * Effective Java's StopThread (Item 78): the background thread counts in a loop that polls a plain
 * static flag. The counting touches only a local, so nothing synchronizes: the compiler may hoist the
 * read, and the thread never stops.
 */
public class BadStopRequestedCountingLoop {
    private static boolean stopRequested;

    public static void main(String[] args) throws InterruptedException {
        Thread backgroundThread = new Thread(() -> {
            int i = 0;
            while (!stopRequested) { // expect: SpinOnField['this loop waits for `stopRequested` to change, but `stopRequested` is not volatile']
                i++;
            }
        });
        backgroundThread.start();
        TimeUnit.SECONDS.sleep(1);
        stopRequested = true;
    }
}
