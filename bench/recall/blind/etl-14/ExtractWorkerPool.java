// EXPECT: interrupt-or-executor-future-misuse @ line 40
package probe14a; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Runs a fixed number of extract workers that pull source file paths from a
 * work queue and stage them. The pipeline driver calls {@link #close()} from
 * its own thread when the job is cancelled or finished.
 */
public class ExtractWorkerPool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExtractWorkerPool.class.getName());

    private final BlockingQueue<String> pendingFiles = new LinkedBlockingQueue<>();
    private final ExecutorService workers;
    private final AtomicLong stagedBytes = new AtomicLong();

    public ExtractWorkerPool(int threads) {
        this.workers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            workers.submit(this::workLoop);
        }
    }

    public void enqueue(String path) {
        pendingFiles.add(path);
    }

    private void workLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String path = pendingFiles.take();
                stage(path);
            } catch (InterruptedException e) {
                LOG.fine("extract worker interrupted while waiting for work, continuing"); // BUG: InterruptedException swallowed (flag cleared) so the loop never exits and shutdownNow() cannot stop the workers
            }
        }
    }

    private void stage(String path) {
        stagedBytes.addAndGet(path.length() * 1024L);
    }

    public long stagedBytes() {
        return stagedBytes.get();
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdownNow();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("extract workers did not stop");
        }
    }

    public static void main(String[] args) throws Exception {
        ExtractWorkerPool pool = new ExtractWorkerPool(4);
        for (int i = 0; i < 200; i++) {
            pool.enqueue("/landing/2024/06/part-" + i + ".csv.gz");
        }
        Thread.sleep(200);
        System.out.println("staged: " + pool.stagedBytes());
        pool.close();
    }
}
