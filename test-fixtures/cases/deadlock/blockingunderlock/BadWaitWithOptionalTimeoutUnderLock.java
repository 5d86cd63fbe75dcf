package deadlock.blockingunderlock;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A join that waits for the stream with a timeout when one is given and without one otherwise, called
 * under the monitor with a timeout the caller chooses: the wait may have no bound, and the report names
 * that wait, not the timed one.
 */
public class BadWaitWithOptionalTimeoutUnderLock {
    private boolean joined;

    public synchronized void join(Future<?> stream, long timeoutMillis) throws Exception {
        awaitStream(stream, timeoutMillis); // expect: BlockingUnderLock['may block in `stream.get()` (BadWaitWithOptionalTimeoutUnderLock.java:27)']
        joined = true;
    }

    public synchronized boolean joined() {
        return joined;
    }

    private static void awaitStream(Future<?> stream, long timeoutMillis) throws Exception {
        if (timeoutMillis > 0) {
            stream.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } else {
            stream.get();
        }
    }
}
