// EXPECT: visibility-plain-flag @ line 50
package probe11b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drains inbound records on a dedicated background thread and writes them to a sink in batches.
 * submit() is called by request threads; start() and stop() are called by the application's
 * lifecycle thread.
 */
public class IngestPoller {

    public interface RecordSink {
        void write(List<String> batch);
    }

    private final BlockingQueue<String> inbound = new LinkedBlockingQueue<>();
    private final RecordSink sink;
    private final int batchSize;
    private boolean stopped;
    private Thread worker;

    public IngestPoller(RecordSink sink, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.sink = sink;
        this.batchSize = batchSize;
    }

    public void submit(String record) {
        inbound.offer(record);
    }

    public void start() {
        worker = new Thread(this::drainLoop, "ingest-poller");
        worker.setDaemon(true);
        worker.start();
    }

    public void stop() throws InterruptedException {
        stopped = true;
        worker.join(TimeUnit.SECONDS.toMillis(5));
    }

    private void drainLoop() {
        List<String> batch = new ArrayList<>(batchSize);
        while (!stopped) { // BUG: plain (non-volatile) flag written by stop() on another thread; the read may be hoisted and the loop never ends
            String next = inbound.poll();
            if (next == null) {
                flush(batch);
                Thread.onSpinWait();
                continue;
            }
            batch.add(next);
            if (batch.size() >= batchSize) {
                flush(batch);
            }
        }
        flush(batch);
    }

    private void flush(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        sink.write(new ArrayList<>(batch));
        batch.clear();
    }

    public static void main(String[] args) throws InterruptedException {
        IngestPoller poller = new IngestPoller(b -> System.out.println("wrote " + b.size()), 10);
        poller.start();
        for (int i = 0; i < 100; i++) {
            poller.submit("record-" + i);
        }
        Thread.sleep(200);
        poller.stop();
    }
}
