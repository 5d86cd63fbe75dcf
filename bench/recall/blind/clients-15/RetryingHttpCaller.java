// EXPECT: interrupt-or-executor-future-misuse @ line 54
package probe15b; import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs HTTP calls on a worker pool with exponential backoff between attempts.
 * Callers may cancel a call via Future.cancel(true); close() stops all in-flight
 * retries with shutdownNow() and waits for the workers to finish.
 */
public class RetryingHttpCaller implements AutoCloseable {

    public interface Transport {
        int send(String method, String url) throws IOException;
    }

    private final Transport transport;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final int maxAttempts;
    private final long initialBackoffMillis;
    private final long maxBackoffMillis;

    public RetryingHttpCaller(Transport transport, int maxAttempts, long initialBackoffMillis, long maxBackoffMillis) {
        this.transport = transport;
        this.maxAttempts = maxAttempts;
        this.initialBackoffMillis = initialBackoffMillis;
        this.maxBackoffMillis = maxBackoffMillis;
    }

    public Future<Integer> submit(String method, String url) {
        return workers.submit(() -> callWithRetry(method, url));
    }

    private int callWithRetry(String method, String url) throws IOException {
        long backoff = initialBackoffMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                int status = transport.send(method, url);
                if (status < 500) {
                    return status;
                }
                if (attempt >= maxAttempts) {
                    return status;
                }
            } catch (IOException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) { // BUG: interrupt swallowed; cancel(true)/shutdownNow() cannot stop the retry loop
                // wake up early and retry
            }
            backoff = Math.min(backoff * 2, maxBackoffMillis);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                System.err.println("retry workers did not terminate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
