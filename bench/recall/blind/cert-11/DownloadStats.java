// EXPECT: none
package probe11b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves downloads and keeps running totals. Downloads are served from a fixed pool, so
 * recordDownload() runs concurrently on the pool's worker threads; totalBytes() is polled
 * by the admin endpoint.
 */
public class DownloadStats {

    public interface BlobSource {
        byte[] get(String name);
    }

    private final ExecutorService downloadPool = Executors.newFixedThreadPool(4);
    private final BlobSource source;
    private final AtomicInteger servedDownloads = new AtomicInteger();
    private long bytesSent;

    public DownloadStats(BlobSource source) {
        this.source = source;
    }

    public void handleDownload(String name) {
        downloadPool.execute(() -> {
            byte[] data = source.get(name);
            recordDownload(data.length);
        });
    }

    synchronized void recordDownload(int size) {
        bytesSent += size; // OK: the only write happens inside a synchronized method and the reader is synchronized too
        servedDownloads.incrementAndGet();
    }

    public synchronized long totalBytes() {
        return bytesSent;
    }

    public int served() {
        return servedDownloads.get();
    }

    public void shutdown() throws InterruptedException {
        downloadPool.shutdown();
        downloadPool.awaitTermination(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        DownloadStats stats = new DownloadStats(n -> new byte[256]);
        for (int i = 0; i < 10_000; i++) {
            stats.handleDownload("file-" + i);
        }
        stats.shutdown();
        System.out.println(stats.served() + " downloads, " + stats.totalBytes() + " bytes");
    }
}
