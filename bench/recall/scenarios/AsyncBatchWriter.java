// EXPECT: race-write @ line 29
package recall2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Collects records submitted by application threads and writes them to a sink in batches
 * on a dedicated flusher thread.
 */
public class AsyncBatchWriter {

    public interface Sink {
        void writeBatch(List<String> batch) throws IOException;
    }

    private Thread flusher;
    private BlockingQueue<String> queue;
    private Sink sink;
    private int batchSize;

    public void start(Sink sink, int batchSize) {
        flusher = new Thread(this::flushLoop, "batch-flusher");
        flusher.setDaemon(true);
        flusher.start();
        this.queue = new LinkedBlockingQueue<>();
        this.sink = sink;
        this.batchSize = batchSize;
    }

    public void submit(String record) {
        queue.add(record);
    }

    private void flushLoop() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, batchSize - 1);
                sink.writeBatch(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("flusher stopped: " + e);
        }
    }

    public void stop() {
        flusher.interrupt();
    }

    public static void main(String[] args) throws InterruptedException {
        AsyncBatchWriter writer = new AsyncBatchWriter();
        writer.start(batch -> System.out.println("wrote " + batch.size()), 64);
        for (int i = 0; i < 1000; i++) {
            writer.submit("record-" + i);
        }
        Thread.sleep(100);
        writer.stop();
    }
}
