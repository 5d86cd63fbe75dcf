// EXPECT: none
package probe9a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes state snapshots on a background writer thread. Request threads queue
 * entries and call writeAndWait, which blocks until a write covering their
 * request has completed.
 */
public class SnapshotWriter {

    private final BlockingQueue<String> pendingEntries = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> writeRequests = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private long requestedGeneration; // guarded by lock
    private long completedGeneration; // guarded by lock
    private final List<String> written = new ArrayList<>(); // confined to the writer thread

    public SnapshotWriter() {
        Thread writer = new Thread(this::writeLoop, "snapshot-writer");
        writer.setDaemon(true);
        writer.start();
    }

    public void add(String entry) {
        pendingEntries.add(entry);
    }

    public void writeAndWait() throws InterruptedException {
        long target;
        synchronized (lock) {
            target = ++requestedGeneration;
        }
        writeRequests.put(target);
        synchronized (lock) {
            while (completedGeneration < target) {
                lock.wait();
            }
        }
    }

    private void writeLoop() {
        try {
            while (true) {
                long generation = writeRequests.take();
                List<String> batch = new ArrayList<>();
                pendingEntries.drainTo(batch);
                written.addAll(batch);
                synchronized (lock) {
                    completedGeneration = Math.max(completedGeneration, generation);
                    lock.notifyAll(); // OK: state changed under the same lock and waiters re-check it in a loop
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long completedGeneration() {
        synchronized (lock) {
            return completedGeneration;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SnapshotWriter writer = new SnapshotWriter();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            final int n = i;
            requests.submit(() -> {
                writer.add("entry " + n);
                try {
                    writer.writeAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("completed generation: " + writer.completedGeneration());
    }
}
