package deadlock.blockingunderlock.statics;

import static deadlock.blockingunderlock.statics.Waits.getUninterruptibly;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A loader waits for a pending load through a statically imported helper while it holds its monitor:
 * the call names no class, but it still reaches the helper's unbounded {@code Future.get()}, and every
 * other caller waits for the load too (guava LocalCache.getAndRecordStats).
 */
public class BadStaticallyImportedWait {
    private String value;

    public synchronized String load(Future<String> pending) throws ExecutionException {
        value = getUninterruptibly(pending); // expect: BlockingUnderLock['`getUninterruptibly()` may block in `future.get()`']
        return value;
    }

    public synchronized String value() {
        return value;
    }
}
