// EXPECT: swallowed-interrupt @ line 47
package probe.dl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Drains buffered metric samples on a pool thread and ships them to the collector, retrying on failure. */
public class MetricsFlushWorker implements Runnable {

    private final ConcurrentLinkedQueue<String> buffer = new ConcurrentLinkedQueue<>();
    private volatile boolean collectorReachable;

    public void record(String sample) {
        buffer.add(sample);
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            List<String> batch = new ArrayList<>();
            for (String s; batch.size() < 100 && (s = buffer.poll()) != null; ) {
                batch.add(s);
            }
            if (batch.isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                shipWithRetry(batch);
            }
        }
    }

    private void shipWithRetry(List<String> batch) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            if (send(batch)) {
                return;
            }
            try {
                Thread.sleep(100L * attempt);
            } catch (InterruptedException e) { // BUG: interrupt swallowed; run() keeps looping and shutdownNow() cannot stop the worker
                // collector is flaky, just try again
            }
        }
    }

    private boolean send(List<String> batch) {
        return collectorReachable;
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsFlushWorker worker = new MetricsFlushWorker();
        ExecutorService flusher = Executors.newSingleThreadExecutor();
        flusher.execute(worker);
        for (int i = 0; i < 10_000; i++) {
            worker.record("http.requests value=" + i);
        }
        Thread.sleep(200);
        flusher.shutdownNow();
        if (!flusher.awaitTermination(2, TimeUnit.SECONDS)) {
            System.err.println("metrics flusher ignored shutdown");
        }
    }
}
