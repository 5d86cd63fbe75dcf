// EXPECT: iteration-while-modified @ line 50
package probe15c; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs long jobs on a worker pool and pushes percentage updates to
 * subscribers. subscribe()/unsubscribe() are called by websocket handler
 * threads while jobs are running.
 */
public class ProgressBroadcaster {
    public interface ProgressListener {
        void onProgress(String jobId, int percent);
    }

    private final List<ProgressListener> listeners = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public void subscribe(ProgressListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(ProgressListener listener) {
        listeners.remove(listener);
    }

    public void runJob(String jobId, int steps) {
        workers.execute(() -> {
            for (int step = 1; step <= steps; step++) {
                doStep(jobId, step);
                publish(jobId, step * 100 / steps);
            }
        });
    }

    private void doStep(String jobId, int step) {
        long acc = 0;
        for (int i = 0; i < 10_000; i++) {
            acc += (long) i * step;
        }
        if (acc < 0) {
            throw new IllegalStateException(jobId);
        }
    }

    private void publish(String jobId, int percent) {
        for (ProgressListener listener : listeners) { // BUG: iterating a synchronizedList without holding its lock while handler threads add/remove -> ConcurrentModificationException
            listener.onProgress(jobId, percent);
        }
    }

    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        ProgressBroadcaster broadcaster = new ProgressBroadcaster();
        for (int i = 0; i < 8; i++) {
            broadcaster.runJob("import-" + i, 200);
        }
        Thread handler = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                ProgressListener l = (job, pct) -> { };
                broadcaster.subscribe(l);
                broadcaster.unsubscribe(l);
            }
        }, "ws-handler");
        handler.start();
        handler.join();
        broadcaster.shutdown();
    }
}
