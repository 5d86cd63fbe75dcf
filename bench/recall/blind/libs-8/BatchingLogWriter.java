// EXPECT: non-volatile-stop-flag @ line 40
package probe8b; import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Collects log lines from any application thread and writes them to the sink
 * in batches from a single background flusher thread.
 */
public class BatchingLogWriter {
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final Writer sink;
    private final int maxBatch;
    private final Thread flusher;
    private boolean stopped;

    public BatchingLogWriter(Writer sink, int maxBatch) {
        this.sink = sink;
        this.maxBatch = maxBatch;
        this.flusher = new Thread(this::flushLoop, "log-flusher");
        this.flusher.setDaemon(true);
    }

    public void start() {
        flusher.start();
    }

    public void append(String line) {
        pending.add(line);
    }

    private void flushLoop() {
        List<String> batch = new ArrayList<>(maxBatch);
        while (!stopped) { // BUG: stopped is a plain field written by shutdown() on another thread; the flusher may never observe it
            String first = pending.poll();
            if (first == null) {
                Thread.onSpinWait();
                continue;
            }
            batch.add(first);
            pending.drainTo(batch, maxBatch - 1);
            writeBatch(batch);
            batch.clear();
        }
        pending.drainTo(batch);
        writeBatch(batch);
    }

    private void writeBatch(List<String> batch) {
        try {
            for (String line : batch) {
                sink.write(line);
                sink.write('\n');
            }
            sink.flush();
        } catch (IOException e) {
            System.err.println("log flush failed: " + e);
        }
    }

    public void shutdown() throws InterruptedException {
        stopped = true;
        flusher.join(TimeUnit.SECONDS.toMillis(5));
    }

    public static void main(String[] args) throws InterruptedException {
        BatchingLogWriter log = new BatchingLogWriter(new StringWriter(), 64);
        log.start();
        ExecutorService app = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            final int n = i;
            app.execute(() -> log.append("request " + n + " handled"));
        }
        app.shutdown();
        app.awaitTermination(5, TimeUnit.SECONDS);
        log.shutdown();
    }
}
