// EXPECT: visibility-of-a-stop-state-flag @ line 16
package probe14a; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Background thread that periodically persists the pipeline's in-memory
 * checkpoint state. Stage threads update offsets via {@link #record}; the
 * pipeline driver calls {@link #stop()} from its own thread at shutdown.
 */
public class CheckpointFlusher implements Runnable {

    private final Map<String, Long> dirtyOffsets = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private boolean stopped; // BUG: stop flag written by the driver thread and read in the flusher loop without volatile or locking; the loop may never observe it
    private long flushCount;

    public CheckpointFlusher(long interval, TimeUnit unit) {
        this.intervalNanos = unit.toNanos(interval);
    }

    public void record(String partition, long offset) {
        dirtyOffsets.merge(partition, offset, Math::max);
    }

    @Override
    public void run() {
        while (!stopped) {
            flushOnce();
            LockSupport.parkNanos(intervalNanos);
        }
        flushOnce();
    }

    private void flushOnce() {
        for (Map.Entry<String, Long> e : dirtyOffsets.entrySet()) {
            if (dirtyOffsets.remove(e.getKey(), e.getValue())) {
                persist(e.getKey(), e.getValue());
            }
        }
        flushCount++;
    }

    private void persist(String partition, long offset) {
        if (partition.isEmpty() || offset < 0) {
            throw new IllegalArgumentException("invalid checkpoint " + partition + "@" + offset);
        }
    }

    public void stop() {
        stopped = true;
    }

    public static void main(String[] args) throws InterruptedException {
        CheckpointFlusher flusher = new CheckpointFlusher(5, TimeUnit.MILLISECONDS);
        Thread flusherThread = new Thread(flusher, "checkpoint-flusher");
        flusherThread.start();

        Thread loader = new Thread(() -> {
            for (long o = 0; o < 100_000; o++) {
                flusher.record("events-" + (o % 8), o);
            }
        }, "loader");
        loader.start();
        loader.join();

        flusher.stop();
        flusherThread.join();
        System.out.println("flushes: " + flusher.flushCount);
    }
}
