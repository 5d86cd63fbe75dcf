// EXPECT: blocking-under-lock @ line 31
package probe15a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// Seals the active memtable and hands it to the flush executor. Writer
// threads call append(); the checkpoint thread calls flushAndWait() so that
// everything appended so far is durable in segment files.
public class FlushCoordinator {
    private final ExecutorService flushExecutor = Executors.newSingleThreadExecutor(r -> new Thread(r, "flush"));
    private List<String> active = new ArrayList<>(); // guarded by this
    private long flushedSegments;                    // guarded by this
    private long nextSegmentId = 1;                  // guarded by this

    public synchronized void append(String record) {
        active.add(record);
    }

    public synchronized void flushAndWait() throws InterruptedException, ExecutionException {
        if (active.isEmpty()) {
            return;
        }
        List<String> sealed = active;
        active = new ArrayList<>();
        long segmentId = nextSegmentId++;
        Future<?> done = flushExecutor.submit(() -> writeSegment(segmentId, sealed));
        done.get(); // BUG: waits for the flush task while holding the monitor that the task's onFlushed() needs
    }

    private void writeSegment(long segmentId, List<String> records) {
        List<String> sorted = new ArrayList<>(records);
        sorted.sort(null);
        // write sorted records to segment-<id>.dat and fsync
        onFlushed(segmentId);
    }

    private synchronized void onFlushed(long segmentId) {
        flushedSegments++;
    }

    public synchronized long flushedSegments() {
        return flushedSegments;
    }

    public void close() throws InterruptedException {
        flushExecutor.shutdown();
        flushExecutor.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        FlushCoordinator coordinator = new FlushCoordinator();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            final int id = w;
            writers.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    coordinator.append("w" + id + "-" + i);
                }
            });
        }
        Thread checkpointer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    coordinator.flushAndWait();
                    Thread.sleep(5);
                }
            } catch (InterruptedException | ExecutionException e) {
                Thread.currentThread().interrupt();
            }
        }, "checkpoint");
        checkpointer.start();
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        checkpointer.join();
        coordinator.close();
        System.out.println("segments flushed: " + coordinator.flushedSegments());
    }
}
