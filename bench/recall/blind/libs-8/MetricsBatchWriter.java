// EXPECT: none
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
 * Buffers metric samples recorded by request threads and writes them to the
 * exporter sink in batches from one background writer thread.
 */
public class MetricsBatchWriter {
    private final LinkedBlockingQueue<String> samples = new LinkedBlockingQueue<>();
    private final Writer sink;
    private final int maxBatch;
    private final Thread writer;
    private volatile boolean running = true;

    public MetricsBatchWriter(Writer sink, int maxBatch) {
        this.sink = sink;
        this.maxBatch = maxBatch;
        this.writer = new Thread(this::writeLoop, "metrics-writer");
        this.writer.setDaemon(true);
    }

    public void start() {
        writer.start();
    }

    public void record(String name, long value) {
        samples.add(name + ' ' + value + ' ' + System.currentTimeMillis());
    }

    private void writeLoop() {
        List<String> batch = new ArrayList<>(maxBatch);
        while (running) { // OK: running is volatile, so the write in close() is visible to this loop
            String first = samples.poll();
            if (first == null) {
                Thread.onSpinWait();
                continue;
            }
            batch.add(first);
            samples.drainTo(batch, maxBatch - 1);
            flush(batch);
            batch.clear();
        }
        samples.drainTo(batch);
        flush(batch);
    }

    private void flush(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            for (String s : batch) {
                sink.write(s);
                sink.write('\n');
            }
            sink.flush();
        } catch (IOException e) {
            System.err.println("metrics flush failed: " + e);
        }
    }

    public void close() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsBatchWriter metrics = new MetricsBatchWriter(new StringWriter(), 100);
        metrics.start();
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            final long latency = i % 250;
            handlers.execute(() -> metrics.record("http.latency.ms", latency));
        }
        handlers.shutdown();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
        metrics.close();
    }
}
