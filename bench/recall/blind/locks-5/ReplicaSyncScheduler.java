// EXPECT: blocking-under-lock @ line 52
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
 * thread. {@link #flush()} is synchronous: it returns once the replica has
 * acknowledged the batch.
 */
public class ReplicaSyncScheduler {

    private final ExecutorService shipper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replica-shipper");
        t.setDaemon(true);
        return t;
    });
    private final List<String> pending = new ArrayList<>();
    private long acknowledged;

    public synchronized void enqueue(String change) {
        pending.add(change);
    }

    /** Called on the shipper thread once the replica confirmed a batch. */
    synchronized void recordAck(int count) {
        acknowledged += count;
    }

    public synchronized long acknowledgedCount() {
        return acknowledged;
    }

    /**
     * Ships everything buffered so far and waits for the acknowledgement.
     *
     * @return the total number of acknowledged changes
     */
    public synchronized long flush() throws InterruptedException, ExecutionException {
        List<String> batch = new ArrayList<>(pending);
        pending.clear();
        Future<?> shipped = shipper.submit(() -> {
            sendToReplica(batch);
            recordAck(batch.size());
        });
        shipped.get(); // BUG: blocks holding this monitor while the shipper task needs it in recordAck() -> deadlock
        return acknowledged;
    }

    private static void sendToReplica(List<String> batch) {
        // Simulated network round trip.
        int bytes = 0;
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
        ReplicaSyncScheduler scheduler = new ReplicaSyncScheduler();
        try {
            for (int i = 0; i < 10; i++) {
                scheduler.enqueue("update row " + i);
            }
            System.out.println("acknowledged=" + scheduler.flush());
        } finally {
            scheduler.shutdown();
        }
    }
}
