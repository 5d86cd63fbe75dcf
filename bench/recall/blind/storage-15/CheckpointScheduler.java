// EXPECT: none
package probe15a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// Drives checkpoints: seals the active memtable, hands it to the flush
// executor and waits for it to be written. Writer threads call append();
// the checkpoint thread calls checkpoint().
public class CheckpointScheduler {
    private final ExecutorService flushExecutor = Executors.newSingleThreadExecutor(r -> new Thread(r, "flush"));
    private List<String> active = new ArrayList<>(); // guarded by this
    private long checkpoints;                        // guarded by this
    private long nextSegmentId = 1;                  // guarded by this

    public synchronized void append(String record) {
        active.add(record);
    }

    public void checkpoint() throws InterruptedException, ExecutionException {
        Future<?> done;
        synchronized (this) {
            if (active.isEmpty()) {
                return;
            }
            List<String> sealed = active;
            active = new ArrayList<>();
            long segmentId = nextSegmentId++;
            done = flushExecutor.submit(() -> writeSegment(segmentId, sealed));
        }
        done.get(); // OK: waits after leaving the synchronized block, so the flush task can take the monitor
    }

    private void writeSegment(long segmentId, List<String> records) {
        List<String> sorted = new ArrayList<>(records);
        sorted.sort(null);
        // write sorted records to segment-<id>.dat and fsync
        onCheckpointWritten(segmentId);
    }

    private synchronized void onCheckpointWritten(long segmentId) {
        checkpoints++;
    }

    public synchronized long checkpoints() {
        return checkpoints;
    }

    public void close() throws InterruptedException {
        flushExecutor.shutdown();
        flushExecutor.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        CheckpointScheduler scheduler = new CheckpointScheduler();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            final int id = w;
            writers.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    scheduler.append("w" + id + "-" + i);
                }
            });
        }
        Thread checkpointer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    scheduler.checkpoint();
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
        scheduler.close();
        System.out.println("checkpoints written: " + scheduler.checkpoints());
    }
}
