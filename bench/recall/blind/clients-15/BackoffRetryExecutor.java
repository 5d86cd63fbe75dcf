// EXPECT: none
package probe15b; import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Executes RPC invocations on a worker pool and retries transient failures with
 * jittered exponential backoff. Futures returned by submit() can be cancelled
 * with cancel(true), and shutdown() interrupts all running retries.
 */
public class BackoffRetryExecutor {

    public interface Invocation {
        byte[] invoke() throws IOException;
    }

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final int maxAttempts;
    private final long baseDelayMillis;
    private final long maxDelayMillis;

    public BackoffRetryExecutor(int maxAttempts, long baseDelayMillis, long maxDelayMillis) {
        this.maxAttempts = maxAttempts;
        this.baseDelayMillis = baseDelayMillis;
        this.maxDelayMillis = maxDelayMillis;
    }

    public Future<byte[]> submit(Invocation invocation) {
        return workers.submit(() -> invokeWithRetry(invocation));
    }

    private byte[] invokeWithRetry(Invocation invocation) throws IOException {
        long delay = baseDelayMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.invoke();
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
            long jittered = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
            try {
                Thread.sleep(jittered);
            } catch (InterruptedException e) { // OK: interrupt status is restored and the retry loop aborts
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("retry interrupted after attempt " + attempt);
            }
            delay = Math.min(delay * 2, maxDelayMillis);
        }
    }

    public void shutdown() throws InterruptedException {
        workers.shutdownNow();
        if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
            System.err.println("retry workers still running");
        }
    }
}
