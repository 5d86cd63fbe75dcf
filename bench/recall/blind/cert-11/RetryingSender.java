// EXPECT: none
package probe11b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbound webhook notifications in parallel on a worker pool, retrying with backoff.
 * The admin thread may call abort() at any time, which is expected to stop all pending sends.
 */
public class RetryingSender {

    public interface Endpoint {
        boolean post(String payload);
    }

    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<Future<Boolean>> pending = new ArrayList<>();
    private final Endpoint endpoint;

    public RetryingSender(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    public synchronized void sendAll(List<String> payloads) {
        for (String payload : payloads) {
            pending.add(pool.submit(() -> sendWithRetry(payload)));
        }
    }

    public synchronized void abort() {
        for (Future<Boolean> f : pending) {
            f.cancel(true);
        }
        pool.shutdownNow();
    }

    private boolean sendWithRetry(String payload) {
        long backoff = 100;
        while (!endpoint.post(payload)) {
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) { // OK: restores the interrupt status and stops retrying, so abort() takes effect
                Thread.currentThread().interrupt();
                return false;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
        }
        return true;
    }

    public boolean awaitDone(long seconds) throws InterruptedException {
        pool.shutdown();
        return pool.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        RetryingSender sender = new RetryingSender(p -> !p.contains("5"));
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            payloads.add("{\"event\":" + i + "}");
        }
        sender.sendAll(payloads);
        Thread admin = new Thread(sender::abort, "admin");
        Thread.sleep(300);
        admin.start();
        admin.join();
        System.out.println("terminated: " + sender.awaitDone(2));
    }
}
