// EXPECT: unsafe-publication @ line 49
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends outbound webhook calls and retries according to a policy that
 * operators can swap at runtime from the admin endpoint.
 */
public class RetryingDispatcher {

    static final class RetryPolicy {
        private int maxAttempts;
        private long backoffMillis;
        private final List<String> retryableCodes = new ArrayList<>();

        void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
        void setBackoffMillis(long backoffMillis) { this.backoffMillis = backoffMillis; }
        void addRetryable(String code) { retryableCodes.add(code); }

        int maxAttempts() { return maxAttempts; }
        long backoffMillis() { return backoffMillis; }
        boolean isRetryable(String code) { return retryableCodes.contains(code); }
    }

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final AtomicLong delivered = new AtomicLong();
    private RetryPolicy policy;

    public RetryingDispatcher() {
        RetryPolicy initial = new RetryPolicy();
        initial.setMaxAttempts(3);
        initial.setBackoffMillis(50);
        initial.addRetryable("503");
        this.policy = initial;
    }

    /** Called from the admin HTTP thread. */
    public void reconfigure(int attempts, long backoff, List<String> codes) {
        RetryPolicy next = new RetryPolicy();
        next.setMaxAttempts(attempts);
        next.setBackoffMillis(backoff);
        codes.forEach(next::addRetryable);
        policy = next; // BUG: mutable RetryPolicy published through a plain field; worker threads may see a partially built policy
    }

    public void submit(String url) {
        workers.execute(() -> deliver(url));
    }

    private void deliver(String url) {
        RetryPolicy p = policy;
        for (int attempt = 1; attempt <= p.maxAttempts(); attempt++) {
            String status = fakeCall(url, attempt);
            if ("200".equals(status)) {
                delivered.incrementAndGet();
                return;
            }
            if (!p.isRetryable(status)) {
                return;
            }
            try {
                Thread.sleep(p.backoffMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String fakeCall(String url, int attempt) {
        return (url.hashCode() + attempt) % 3 == 0 ? "200" : "503";
    }

    public static void main(String[] args) throws InterruptedException {
        RetryingDispatcher dispatcher = new RetryingDispatcher();
        Thread admin = new Thread(() -> dispatcher.reconfigure(5, 10, List.of("503", "429")), "admin-http");
        admin.start();
        for (int i = 0; i < 200; i++) {
            dispatcher.submit("https://hooks.example.com/t/" + i);
        }
        admin.join();
        dispatcher.workers.shutdown();
        dispatcher.workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("delivered=" + dispatcher.delivered.get());
    }
}
