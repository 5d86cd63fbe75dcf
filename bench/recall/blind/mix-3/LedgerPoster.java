// EXPECT: sync-on-local-object @ line 32
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Posts journal entries against a single account. Postings arrive from
 * several settlement workers concurrently.
 */
public class LedgerPoster {

    public record Entry(String reference, long amountCents) { }

    private final String accountId;
    private final List<Entry> journal = new ArrayList<>();
    private long balanceCents;

    public LedgerPoster(String accountId, long openingBalanceCents) {
        this.accountId = accountId;
        this.balanceCents = openingBalanceCents;
    }

    public void post(Entry entry) {
        if (entry.amountCents() == 0) {
            return;
        }
        Object postingGuard = new Object();
        synchronized (postingGuard) { // BUG: lock object is created per call, so concurrent posts are never mutually excluded
            journal.add(entry);
            balanceCents += entry.amountCents();
        }
    }

    long balanceCents() {
        return balanceCents;
    }

    int journalSize() {
        return journal.size();
    }

    String accountId() {
        return accountId;
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerPoster poster = new LedgerPoster("ACC-0091", 10_000);
        ExecutorService settlement = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final int n = i;
            settlement.execute(() -> poster.post(new Entry("stl-" + n, n % 2 == 0 ? 125 : -75)));
        }
        settlement.shutdown();
        settlement.awaitTermination(30, TimeUnit.SECONDS);
        System.out.printf("%s balance=%d entries=%d%n",
                poster.accountId(), poster.balanceCents(), poster.journalSize());
    }
}
