// EXPECT: none
package probe13c; import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Downloads firmware images from the CDN onto the gateway's local cache so
 * that attached devices can be flashed over the LAN. The retry loop runs on
 * a dedicated executor and is cancelled with {@link #cancel()} (shutdownNow)
 * when the rollout is aborted.
 */
public class FirmwareDownloadWorker {

    private static final long MAX_BACKOFF_MS = 20_000;

    private final String imageUrl;
    private final ExecutorService downloadExecutor = Executors.newSingleThreadExecutor();

    public FirmwareDownloadWorker(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public void start() {
        downloadExecutor.execute(this::downloadWithRetry);
    }

    private void downloadWithRetry() {
        long backoff = 250;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                fetchImage();
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(100));
                } catch (InterruptedException ie) { // OK: interrupt status is restored below, so the loop condition sees it and exits
                    System.err.println("download of " + imageUrl + " cancelled");
                    Thread.currentThread().interrupt();
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private void fetchImage() throws IOException {
        throw new IOException("CDN timeout: " + imageUrl);
    }

    public boolean cancel() throws InterruptedException {
        downloadExecutor.shutdownNow();
        return downloadExecutor.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        FirmwareDownloadWorker worker = new FirmwareDownloadWorker("https://cdn.iot.local/fw/th22-4.2.1.bin");
        worker.start();
        Thread.sleep(1200);
        System.out.println("download cancelled=" + worker.cancel());
    }
}
