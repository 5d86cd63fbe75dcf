package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The look-alike: {@code stop()} interrupts the archiver's thread with {@code shutdownNow()} before it
 * clears the loop's flag; the timed poll throws InterruptedException, the catch-all drops it, and the
 * loop polls on.
 */
public class BadTimedPollOnArchiverStoppedNow {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> archiveQueue = new LinkedBlockingQueue<>();
    private volatile boolean shouldContinue = true;

    public BadTimedPollOnArchiverStoppedNow() {
        executor.execute(() -> {
            while (shouldContinue) {
                try {
                    String file = archiveQueue.poll(100, TimeUnit.MILLISECONDS);
                    if (file != null) {
                        System.out.println("archiving " + file);
                    }
                } catch (Throwable t) { // expect: InterruptSwallowed['an InterruptedException (caught as Throwable) is swallowed']
                    System.err.println("archiving failed: " + t);
                }
            }
        });
    }

    public void archive(String file) {
        archiveQueue.add(file);
    }

    public void stop() {
        executor.shutdownNow();
        shouldContinue = false;
    }
}
