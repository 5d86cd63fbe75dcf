// EXPECT: none
package probe15c; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Collects progress from batch jobs running on a worker pool and fans it out
 * to watchers. Watchers are attached and detached by HTTP handler threads.
 */
public class ProgressHub {
    public interface Watcher {
        void update(String jobId, int percent);
    }

    private final List<Watcher> watchers = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public void attach(Watcher watcher) {
        watchers.add(watcher);
    }

    public void detach(Watcher watcher) {
        watchers.remove(watcher);
    }

    public void launch(String jobId, int chunks) {
        workers.execute(() -> {
            for (int chunk = 1; chunk <= chunks; chunk++) {
                processChunk(chunk);
                report(jobId, chunk * 100 / chunks);
            }
        });
    }

    private void processChunk(int chunk) {
        double acc = 0;
        for (int i = 1; i < 10_000; i++) {
            acc += Math.sqrt(i * (double) chunk);
        }
        if (Double.isNaN(acc)) {
            throw new ArithmeticException("chunk " + chunk);
        }
    }

    private void report(String jobId, int percent) {
        synchronized (watchers) {
            for (Watcher watcher : watchers) { // OK: iteration holds the synchronizedList's own mutex, which add/remove also acquire
                watcher.update(jobId, percent);
            }
        }
    }

    public void close() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        ProgressHub hub = new ProgressHub();
        for (int i = 0; i < 8; i++) {
            hub.launch("rebuild-" + i, 200);
        }
        Thread handler = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                Watcher w = (job, pct) -> { };
                hub.attach(w);
                hub.detach(w);
            }
        }, "http-handler");
        handler.start();
        handler.join();
        hub.close();
    }
}
