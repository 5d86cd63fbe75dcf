// EXPECT: lock-order-deadlock @ line 49
package probe7a; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Moves money between internal wallet accounts. Transfer requests arrive from
 * the payments API and are executed on a fixed worker pool.
 */
public class LedgerTransferService {

    static final class Account {
        final String id;
        long balanceCents;
        final List<String> journal = new ArrayList<>();

        Account(String id, long openingBalanceCents) {
            this.id = id;
            this.balanceCents = openingBalanceCents;
        }
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(8);

    public void open(String accountId, long openingBalanceCents) {
        accounts.putIfAbsent(accountId, new Account(accountId, openingBalanceCents));
    }

    public Future<Boolean> submitTransfer(String fromId, String toId, long cents, String reference) {
        return workers.submit(() -> transfer(fromId, toId, cents, reference));
    }

    boolean transfer(String fromId, String toId, long cents, String reference) {
        if (cents <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        Account from = require(fromId);
        Account to = require(toId);
        if (from == to) {
            throw new IllegalArgumentException("self transfer");
        }
        synchronized (from) {
            synchronized (to) { // BUG: lock-order deadlock: a worker running A->B holds A's monitor and waits for B while another worker running B->A holds B and waits for A; nothing orders the two acquisitions
                if (from.balanceCents < cents) {
                    from.journal.add("DECLINED " + reference);
                    return false;
                }
                from.balanceCents -= cents;
                to.balanceCents += cents;
                from.journal.add("DEBIT " + cents + " " + reference);
                to.journal.add("CREDIT " + cents + " " + reference);
                return true;
            }
        }
    }

    public long balance(String accountId) {
        Account a = require(accountId);
        synchronized (a) {
            return a.balanceCents;
        }
    }

    private Account require(String id) {
        Account a = accounts.get(id);
        if (a == null) {
            throw new NoSuchElementException("unknown account " + id);
        }
        return a;
    }

    public void shutdown() {
        workers.shutdown();
    }
}
