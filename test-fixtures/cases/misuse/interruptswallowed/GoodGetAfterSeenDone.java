package misuse.interruptswallowed;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A status query that asks a future for its outcome only once it is done (commons-lang3's
 * BackgroundInitializer.isInitialized): a done future's get() answers at once and never waits, so the
 * InterruptedException its signature makes the code catch cannot come.
 */
public class GoodGetAfterSeenDone {
    private Future<Object> future;

    public synchronized void start(Future<Object> started) {
        future = started;
    }

    public synchronized boolean isInitialized() {
        if (future == null || !future.isDone()) {
            return false;
        }
        try {
            future.get();
            return true;
        } catch (CancellationException | ExecutionException | InterruptedException e) {
            return false;
        }
    }
}
