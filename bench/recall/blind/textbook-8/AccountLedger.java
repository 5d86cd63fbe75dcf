// EXPECT: lock-order-deadlock @ line 41
package probe8c; import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

// In-memory ledger for the transfer exercise. transfer() is called concurrently
// by a pool of teller threads (see main).
public class AccountLedger {

    static final class Account {
        final String id;
        private long balanceCents; // guarded by this

        Account(String id, long balanceCents) {
            this.id = id;
            this.balanceCents = balanceCents;
        }

        synchronized long balance() {
            return balanceCents;
        }
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public void open(String id, long initialCents) {
        accounts.put(id, new Account(id, initialCents));
    }

    public boolean transfer(String fromId, String toId, long amountCents) {
        Account from = accounts.get(fromId);
        Account to = accounts.get(toId);
        if (from == null || to == null || from == to || amountCents <= 0) {
            return false;
        }
        synchronized (from) {
            synchronized (to) { // BUG: locks taken in argument order; concurrent A->B and B->A transfers deadlock
                if (from.balanceCents < amountCents) {
                    return false;
                }
                from.balanceCents -= amountCents;
                to.balanceCents += amountCents;
                return true;
            }
        }
    }

    public long totalCents() {
        long sum = 0;
        for (Account a : accounts.values()) {
            sum += a.balance();
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        AccountLedger ledger = new AccountLedger();
        List<String> ids = List.of("ACC-100", "ACC-200", "ACC-300", "ACC-400");
        for (String id : ids) {
            ledger.open(id, 100_000);
        }
        ExecutorService tellers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            tellers.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                String from = ids.get(rnd.nextInt(ids.size()));
                String to = ids.get(rnd.nextInt(ids.size()));
                ledger.transfer(from, to, rnd.nextLong(1, 5_000));
            });
        }
        tellers.shutdown();
        if (!tellers.awaitTermination(1, TimeUnit.MINUTES)) {
            System.err.println("tellers did not finish");
        }
        System.out.println("Total cents: " + ledger.totalCents());
    }
}
