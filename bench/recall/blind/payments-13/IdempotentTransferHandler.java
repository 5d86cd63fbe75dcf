// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 44
package probe13a; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Handles POST /transfers. The HTTP server invokes {@link #handle} concurrently from its
 * request threads; mobile clients retry aggressively, so the same idempotency key can
 * arrive on two threads at once. A key must result in at most one ledger posting.
 */
public class IdempotentTransferHandler {

    public record TransferRequest(String fromAccount, String toAccount, long amountMinor) {}

    public record TransferReceipt(long postingId, TransferRequest request) {}

    /** Stand-in for the ledger client; every call creates a new posting. */
    public static final class LedgerGateway {
        private final AtomicLong postings = new AtomicLong();

        TransferReceipt post(TransferRequest request) {
            return new TransferReceipt(postings.incrementAndGet(), request);
        }

        long postingCount() {
            return postings.get();
        }
    }

    private final ConcurrentMap<String, TransferReceipt> receipts = new ConcurrentHashMap<>();
    private final LedgerGateway ledger;

    public IdempotentTransferHandler(LedgerGateway ledger) {
        this.ledger = ledger;
    }

    public TransferReceipt handle(String idempotencyKey, TransferRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("Idempotency-Key header is required");
        }
        if (!receipts.containsKey(idempotencyKey)) { // BUG: check-then-act; two retries can both post to the ledger
            TransferReceipt receipt = ledger.post(request);
            receipts.put(idempotencyKey, receipt);
        }
        return receipts.get(idempotencyKey);
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerGateway ledger = new LedgerGateway();
        IdempotentTransferHandler handler = new IdempotentTransferHandler(ledger);
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        TransferRequest req = new TransferRequest("ACC-100", "ACC-200", 12_500);
        for (int i = 0; i < 1_000; i++) {
            String key = "idem-" + (i / 4);
            requestThreads.execute(() -> handler.handle(key, req));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("ledger postings: " + ledger.postingCount() + " (expected 250)");
    }
}
