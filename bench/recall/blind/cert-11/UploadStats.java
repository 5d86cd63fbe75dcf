// EXPECT: compound-update @ line 35
package probe11b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepts uploads and keeps running totals. Uploads are processed on a fixed pool, so
 * recordUpload() runs concurrently on the pool's worker threads; totalBytes() is polled
 * by the admin endpoint.
 */
public class UploadStats {

    public interface BlobStore {
        void put(String name, byte[] data);
    }

    private final ExecutorService uploadPool = Executors.newFixedThreadPool(4);
    private final BlobStore store;
    private final AtomicInteger completedUploads = new AtomicInteger();
    private volatile long bytesReceived;

    public UploadStats(BlobStore store) {
        this.store = store;
    }

    public void handleUpload(String name, byte[] payload) {
        uploadPool.execute(() -> {
            store.put(name, payload);
            recordUpload(payload.length);
        });
    }

    void recordUpload(int size) {
        bytesReceived += size; // BUG: read-modify-write on a volatile long is not atomic; concurrent workers lose updates
        completedUploads.incrementAndGet();
    }

    public long totalBytes() {
        return bytesReceived;
    }

    public int completed() {
        return completedUploads.get();
    }

    public void shutdown() throws InterruptedException {
        uploadPool.shutdown();
        uploadPool.awaitTermination(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        UploadStats stats = new UploadStats((n, d) -> { });
        for (int i = 0; i < 10_000; i++) {
            stats.handleUpload("file-" + i, new byte[128]);
        }
        stats.shutdown();
        System.out.println(stats.completed() + " uploads, " + stats.totalBytes() + " bytes");
    }
}
