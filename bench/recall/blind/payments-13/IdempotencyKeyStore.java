// EXPECT: none
package probe13a; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idempotency layer in front of the payout API. {@link #execute} is called concurrently by
 * the API server's worker threads; duplicate submissions carrying the same key must only
 * reach the payout rail once.
 */
public class IdempotencyKeyStore {

    public record PayoutRequest(String beneficiary, String currency, long amountMinor) {}

    public record PayoutResult(long railReference, PayoutRequest request) {}

    /** Stand-in for the payout rail client. */
    public static final class PayoutRail {
        private final AtomicLong submissions = new AtomicLong();

        PayoutResult submit(PayoutRequest request) {
            return new PayoutResult(submissions.incrementAndGet(), request);
        }

        long submissionCount() {
            return submissions.get();
        }
    }

    private final ConcurrentMap<String, PayoutResult> results = new ConcurrentHashMap<>();
    private final PayoutRail rail;

    public IdempotencyKeyStore(PayoutRail rail) {
        this.rail = rail;
    }

    public PayoutResult execute(String idempotencyKey, PayoutRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("idempotency key is required");
        }
        PayoutResult cached = results.get(idempotencyKey);
        if (cached != null) {
            return cached;
        }
        return results.computeIfAbsent(idempotencyKey, k -> rail.submit(request)); // OK: computeIfAbsent runs the submission atomically, at most once per key
    }

    public int size() {
        return results.size();
    }

    public static void main(String[] args) throws InterruptedException {
        PayoutRail rail = new PayoutRail();
        IdempotencyKeyStore store = new IdempotencyKeyStore(rail);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        PayoutRequest req = new PayoutRequest("GB29NWBK60161331926819", "GBP", 4_200);
        for (int i = 0; i < 1_000; i++) {
            String key = "payout-" + (i / 4);
            workers.execute(() -> store.execute(key, req));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("rail submissions: " + rail.submissionCount() + " for " + store.size() + " keys");
    }
}
