package misuse.interruptswallowed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stopping a pool: the inner catch gives up waiting a second time, and the outer handler re-flags the
 * interrupt right after it (log4j ConfigurationScheduler.stop).
 */
public class GoodRestoredAfterInnerCatch {

    public static void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException outer) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException inner) {
                System.err.println("some tasks may not have finished");
            }
            Thread.currentThread().interrupt();
        }
    }
}
