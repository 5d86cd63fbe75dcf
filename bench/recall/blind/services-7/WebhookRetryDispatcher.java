// EXPECT: swallowed-interrupt @ line 52
package probe7a; import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers outgoing customer webhooks with exponential backoff. Deliveries run
 * on a small worker pool; shutdown() is invoked from the service's shutdown hook.
 */
public class WebhookRetryDispatcher {

    public interface WebhookTransport {
        int post(String url, String jsonBody) throws IOException;
    }

    private static final int MAX_ATTEMPTS = 12;
    private static final long MAX_BACKOFF_MS = 30_000;

    private final WebhookTransport transport;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-worker");
        t.setDaemon(false);
        return t;
    });
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();

    public WebhookRetryDispatcher(WebhookTransport transport) {
        this.transport = transport;
    }

    public void dispatch(String url, String jsonBody) {
        pool.execute(() -> deliverWithBackoff(url, jsonBody));
    }

    void deliverWithBackoff(String url, String jsonBody) {
        long backoffMs = 200;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                int status = transport.post(url, jsonBody);
                if (status < 500 && status != 429) {
                    delivered.incrementAndGet();
                    return;
                }
            } catch (IOException e) {
                // transient network failure: fall through to backoff
            }
            try {
                Thread.sleep(backoffMs);
            } catch (InterruptedException e) { // BUG: lost interrupt: shutdown() on the hook thread calls shutdownNow(), which interrupts this webhook-worker; the exception is swallowed without restoring the flag, so the worker keeps retrying for minutes and awaitTermination times out
                // keep retrying; the customer expects at-least-once delivery
            }
            backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
        }
        abandoned.incrementAndGet();
    }

    public long deliveredCount() {
        return delivered.get();
    }

    public long abandonedCount() {
        return abandoned.get();
    }

    public void shutdown() throws InterruptedException {
        pool.shutdownNow();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            System.err.println("webhook workers did not stop within 5s");
        }
    }
}
