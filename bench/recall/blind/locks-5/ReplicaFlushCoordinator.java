// EXPECT: none
package probe5.locks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Buffers change records and ships them to a replica on a dedicated I/O
 * thread. {@link #flush()} is synchronous but only holds the coordinator lock
 * long enough to swap out the pending batch.
 */
// OK: the pending list is swapped under a final lock object (not the reassigned field) and flush waits for the shipper future after releasing the lock
public class ReplicaFlushCoordinator {

    private final Object lock = new Object();
    private final ExecutorService shipper = Executors.newSingleThreadExecutor();
    private List<String> pending = new ArrayList<>();   // guarded by lock
    private long acknowledged;                          // guarded by lock

    public void enqueue(String change) {
        synchronized (lock) {
            pending.add(change);
        }
    }

    /** Called on the shipper thread once the replica confirmed a batch. */
    void recordAck(int count) {
        synchronized (lock) {
            acknowledged += count;
        }
    }

    public long acknowledgedCount() {
        synchronized (lock) {
            return acknowledged;
        }
    }

    /** Ships everything buffered so far and waits for the acknowledgement. */
    public long flush() throws InterruptedException, ExecutionException {
        List<String> batch;
        synchronized (lock) {
            batch = pending;
            pending = new ArrayList<>();
        }
        Future<?> shipped = shipper.submit(() -> {
            sendToReplica(batch);
            recordAck(batch.size());
        });
        shipped.get();
        return acknowledgedCount();
    }

    private static void sendToReplica(List<String> batch) {
        long bytes = 0;
        for (String change : batch) {
            bytes += change.length();
        }
        if (bytes < 0) {
            throw new IllegalStateException("impossible size");
        }
    }

    /** Stops the shipper thread, waiting briefly for in-flight batches. */
    public void shutdown() throws InterruptedException {
        shipper.shutdown();
        if (!shipper.awaitTermination(5, TimeUnit.SECONDS)) {
            shipper.shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        ReplicaFlushCoordinator coordinator = new ReplicaFlushCoordinator();
        try {
            for (int i = 0; i < 10; i++) {
                coordinator.enqueue("update row " + i);
            }
            System.out.println("acknowledged=" + coordinator.flush());
        } finally {
            coordinator.shutdown();
        }
    }
}
