// EXPECT: none
package probe6a;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Moves balance between wallet accounts of the payments backend.
 *
 * <p>{@link #transfer} is called by the API worker threads; transfers in both directions
 * between the same pair of accounts happen concurrently all the time (refunds, chargebacks).
 */
public final class LedgerTransferService {

    static final class WalletAccount {
        final long accountId;
        private long balanceCents;

        WalletAccount(long accountId, long openingBalanceCents) {
            this.accountId = accountId;
            this.balanceCents = openingBalanceCents;
        }

        synchronized long balance() {
            return balanceCents;
        }
    }

    /** @return false if the source account has insufficient funds. */
    public boolean transfer(WalletAccount from, WalletAccount to, long amountCents) {
        if (from == to || amountCents <= 0) {
            throw new IllegalArgumentException("invalid transfer");
        }
        // Always lock the account with the smaller id first, whatever the transfer direction.
        WalletAccount first = from.accountId < to.accountId ? from : to;
        WalletAccount second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: nested locks are always taken in ascending accountId order, so no lock-order cycle
                if (from.balanceCents < amountCents) {
                    return false;
                }
                from.balanceCents -= amountCents;
                to.balanceCents += amountCents;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerTransferService service = new LedgerTransferService();
        List<WalletAccount> accounts = new ArrayList<>();
        for (long id = 1; id <= 4; id++) {
            accounts.add(new WalletAccount(id, 100_000));
        }
        ExecutorService apiWorkers = Executors.newFixedThreadPool(12);
        for (int i = 0; i < 50_000; i++) {
            apiWorkers.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                WalletAccount a = accounts.get(rnd.nextInt(accounts.size()));
                WalletAccount b = accounts.get(rnd.nextInt(accounts.size()));
                if (a != b) {
                    service.transfer(a, b, 1 + rnd.nextInt(500));
                }
            });
        }
        apiWorkers.shutdown();
        apiWorkers.awaitTermination(30, TimeUnit.SECONDS);
        long total = 0;
        for (WalletAccount a : accounts) {
            total += a.balance();
        }
        System.out.println("total balance (must be 400000): " + total);
    }
}
