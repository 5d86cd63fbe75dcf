package publication.doublecheckedlocking;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Lazily created executor in a fully synchronized getter without an unlocked outer check: every read and write of the field holds the lock. */
public class GoodSynchronizedGetter {
    private ExecutorService executor;

    public synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(4);
        }
        return executor;
    }

    public synchronized void shutdown() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
