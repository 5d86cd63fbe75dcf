// EXPECT: interrupt-swallowed @ line 51
package probe8a; import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Buffers audit events produced by request handlers and writes them in batches
 * on a background flusher thread. append() is called concurrently by handler
 * threads; shutdown() is called from the service's shutdown hook and relies on
 * shutdownNow() interrupting the flusher.
 */
public class AuditLogFlusher {

    private static final int MAX_BATCH = 500;

    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>(50_000);
    private final ExecutorService flusher =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "audit-flusher"));
    private final Writer out;

    public AuditLogFlusher(Writer out) {
        this.out = out;
    }

    public void start() {
        flusher.execute(this::drainLoop);
    }

    public boolean append(String event) {
        return pending.offer(event);
    }

    private void drainLoop() {
        List<String> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String first = pending.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                pending.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
                batch.clear();
            } catch (InterruptedException e) { // BUG: interrupt swallowed; status is cleared so the loop never sees shutdownNow()
                System.err.println("audit flusher interrupted while waiting, retrying");
            } catch (IOException e) {
                System.err.println("audit write failed, will retry batch: " + e.getMessage());
            }
        }
    }

    private void writeBatch(List<String> batch) throws IOException {
        for (String event : batch) {
            out.write(event);
            out.write('\n');
        }
        out.flush();
    }

    public void shutdown() throws InterruptedException {
        flusher.shutdownNow();
        if (!flusher.awaitTermination(5, TimeUnit.SECONDS)) {
            System.err.println("audit flusher did not terminate");
        }
    }
}
