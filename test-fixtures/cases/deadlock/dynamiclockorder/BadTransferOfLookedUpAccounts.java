package deadlock.dynamiclockorder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A transfer between accounts the method looks up by the ids it is given, after checks that only reject
 * bad input (a non-positive amount, the same account twice): the monitors are taken in the order of the
 * ids, so transfer("a", "b") and transfer("b", "a") at once deadlock.
 */
public class BadTransferOfLookedUpAccounts {
    static final class Account {
        long cents;
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public boolean transfer(String fromId, String toId, long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        Account from = require(fromId);
        Account to = accounts.get(toId);
        if (from == to || to == null) {
            throw new IllegalArgumentException("bad target");
        }
        synchronized (from) {
            synchronized (to) { // expect: DynamicLockOrder['`to` is locked while holding `from`, in the order the arguments were passed']
                if (from.cents < cents) {
                    return false;
                }
                from.cents -= cents;
                to.cents += cents;
                return true;
            }
        }
    }

    private Account require(String id) {
        Account a = accounts.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown " + id);
        }
        return a;
    }
}
