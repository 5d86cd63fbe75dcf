// EXPECT: interrupt-swallowed @ line 48
package probe11b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Downloads the chunks of a large file in parallel on a worker pool. The UI thread may call
 * cancel() at any time, which is expected to stop all in-flight chunk tasks promptly.
 */
public class ChunkDownloader {

    public interface ChunkSource {
        boolean fetch(int chunkIndex);
    }

    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<Future<?>> inFlight = new ArrayList<>();
    private final ChunkSource source;

    public ChunkDownloader(ChunkSource source) {
        this.source = source;
    }

    public synchronized void download(int chunkCount) {
        for (int i = 0; i < chunkCount; i++) {
            final int chunk = i;
            inFlight.add(pool.submit(() -> fetchWithRetry(chunk)));
        }
    }

    public synchronized void cancel() {
        for (Future<?> f : inFlight) {
            f.cancel(true);
        }
        pool.shutdownNow();
    }

    private void fetchWithRetry(int chunk) {
        long backoff = 100;
        while (!source.fetch(chunk)) {
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) { // BUG: interrupt from cancel()/shutdownNow() is swallowed, so the retry loop keeps running
                System.err.println("chunk " + chunk + " retry wait interrupted");
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
        }
    }

    public boolean awaitDone(long seconds) throws InterruptedException {
        pool.shutdown();
        return pool.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        ChunkDownloader downloader = new ChunkDownloader(chunk -> chunk % 5 != 0);
        downloader.download(20);
        Thread ui = new Thread(downloader::cancel, "ui");
        Thread.sleep(300);
        ui.start();
        ui.join();
        System.out.println("terminated: " + downloader.awaitDone(2));
    }
}
