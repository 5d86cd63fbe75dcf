// EXPECT: none
package probe10a; import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Bounds the number of in-flight tasks a tenant may have on the shared pool.
 * runLeased() is called concurrently by request threads; leases are returned
 * from completion callbacks that run on the pool threads. awaitIdle() is used
 * by the drain step of a graceful shutdown.
 */
public class ExecutorLeaseTracker {

    private final ExecutorService pool;
    private final int capacity;
    private int outstanding;
    private long granted;
    private long returned;

    public ExecutorLeaseTracker(ExecutorService pool, int capacity) {
        this.pool = pool;
        this.capacity = capacity;
    }

    public <T> CompletableFuture<T> runLeased(Supplier<T> work) {
        if (!tryAcquire()) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("tenant at capacity"));
        }
        try {
            return CompletableFuture.supplyAsync(work, pool).whenComplete((result, error) -> release());
        } catch (RejectedExecutionException e) {
            release();
            throw e;
        }
    }

    private synchronized boolean tryAcquire() {
        if (outstanding >= capacity) {
            return false;
        }
        outstanding++;
        granted++;
        return true;
    }

    private synchronized void release() {
        releaseLocked(1);
    }

    public synchronized void forceRelease(int leases) {
        releaseLocked(Math.min(leases, outstanding));
    }

    private void releaseLocked(int n) {
        outstanding -= n; // OK: only called from synchronized methods of this object, so the monitor guarding outstanding is always held here
        returned += n;
        if (outstanding == 0) {
            notifyAll();
        }
    }

    public synchronized void awaitIdle() throws InterruptedException {
        while (outstanding > 0) {
            wait();
        }
    }

    public synchronized String stats() {
        return "outstanding=" + outstanding + " granted=" + granted + " returned=" + returned;
    }
}
