package misuse.interruptswallowed;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The look-alike: the query waits for a future nobody has seen done, and drops the interrupt. */
public class BadGetBeforeDoneSwallowed {
    private Future<Object> future;

    public synchronized void start(Future<Object> started) {
        future = started;
    }

    public synchronized boolean isInitialized() {
        if (future == null) {
            return false;
        }
        try {
            future.get(); // expect: BlockingUnderLock['`future.get()` may block']
            return true;
        } catch (CancellationException | ExecutionException | InterruptedException e) { // expect: InterruptSwallowed['InterruptedException is swallowed']
            return false;
        }
    }
}
