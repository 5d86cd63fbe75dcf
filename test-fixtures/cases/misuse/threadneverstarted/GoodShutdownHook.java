package misuse.threadneverstarted;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Service that hands a thread to Runtime.addShutdownHook: the JVM starts it at shutdown, so it is never started here. */
public class GoodShutdownHook {
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public void installHook() {
        Thread hook = new Thread(this::stopWorkers, "shutdown-hook");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stopWorkers() {
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
