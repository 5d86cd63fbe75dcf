// EXPECT: lock-order-deadlock @ line 60
package probe5.locks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory ledger that moves money between customer accounts.
 * <p>
 * Every account acts as its own monitor so that unrelated transfers can run
 * in parallel; a transfer holds both account monitors while it moves funds.
 */
public class AccountTransferService {

    /** A customer account; the balance is guarded by the account's own monitor. */
    public static final class Account {
        private final String id;
        private long balanceCents;

        public Account(String id, long openingBalanceCents) {
            this.id = id;
            this.balanceCents = openingBalanceCents;
        }

        public String id() {
            return id;
        }

        public synchronized long balanceCents() {
            return balanceCents;
        }
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    /** Opens a new account, failing if the id is already taken. */
    public Account open(String id, long openingBalanceCents) {
        Account account = new Account(id, openingBalanceCents);
        if (accounts.putIfAbsent(id, account) != null) {
            throw new IllegalArgumentException("duplicate account " + id);
        }
        return account;
    }

    /**
     * Moves {@code cents} from one account to another.
     *
     * @return {@code false} if the source account has insufficient funds
     */
    public boolean transfer(String fromId, String toId, long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        Account from = require(fromId);
        Account to = require(toId);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer to the same account");
        }
        synchronized (from) {
            synchronized (to) { // BUG: monitors taken in argument order; concurrent A->B and B->A transfers deadlock
                if (from.balanceCents < cents) {
                    return false;
                }
                from.balanceCents -= cents;
                to.balanceCents += cents;
                return true;
            }
        }
    }

    private Account require(String id) {
        Account account = accounts.get(id);
        if (account == null) {
            throw new IllegalArgumentException("unknown account " + id);
        }
        return account;
    }

    public static void main(String[] args) throws InterruptedException {
        AccountTransferService service = new AccountTransferService();
        service.open("alice", 10_000);
        service.open("bob", 10_000);
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                service.transfer("alice", "bob", 1);
            }
        }, "alice-to-bob");
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                service.transfer("bob", "alice", 1);
            }
        }, "bob-to-alice");
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("alice=" + service.require("alice").balanceCents()
                + " bob=" + service.require("bob").balanceCents());
    }
}
