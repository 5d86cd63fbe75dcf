// EXPECT: torn-long-write @ line 26
package probe9a; import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies a stream on a dedicated transfer thread while a scheduled reporter
 * prints the progress every few milliseconds.
 */
public class TransferProgress {

    private final long totalBytes;
    private long bytesTransferred;

    public TransferProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    public void copy(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            bytesTransferred = bytesTransferred + n; // BUG: plain long written by the transfer thread and read by the reporter; may be torn or stale
        }
    }

    public String progressLine() {
        long done = bytesTransferred;
        long percent = totalBytes == 0 ? 100 : done * 100 / totalBytes;
        return done + "/" + totalBytes + " bytes (" + percent + "%)";
    }

    public static void main(String[] args) throws Exception {
        byte[] payload = new byte[64 * 1024 * 1024];
        TransferProgress progress = new TransferProgress(payload.length);

        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(() -> System.out.println(progress.progressLine()), 0, 5, TimeUnit.MILLISECONDS);

        Thread transfer = new Thread(() -> {
            try {
                progress.copy(new ByteArrayInputStream(payload));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }, "transfer");
        transfer.start();
        transfer.join();

        reporter.shutdown();
        reporter.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println("final: " + progress.progressLine());
    }
}
