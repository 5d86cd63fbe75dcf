package deadlock.dynamiclockorder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Look-alikes of a transfer between looked-up accounts: the method compares the accounts' ids and nests
 * the monitors one way or the other, so every caller takes the lower id first; or it locks only when the
 * ids come in ascending order and refuses otherwise.
 */
public class GoodTransferOfLookedUpAccountsInIdOrder {
    static final class Account {
        final long id;
        long cents;

        Account(long id) {
            this.id = id;
        }
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public void transfer(String fromId, String toId, long cents) {
        Account from = accounts.get(fromId);
        Account to = accounts.get(toId);
        if (from == null || to == null || from == to) {
            throw new IllegalArgumentException("bad accounts");
        }
        if (from.id < to.id) {
            synchronized (from) {
                synchronized (to) {
                    from.cents -= cents;
                    to.cents += cents;
                }
            }
        } else {
            synchronized (to) {
                synchronized (from) {
                    from.cents -= cents;
                    to.cents += cents;
                }
            }
        }
    }

    public boolean transferAscending(String fromId, String toId, long cents) {
        Account from = accounts.get(fromId);
        Account to = accounts.get(toId);
        if (from == null || to == null || from.id >= to.id) {
            return false;
        }
        synchronized (from) {
            synchronized (to) {
                from.cents -= cents;
                to.cents += cents;
                return true;
            }
        }
    }
}
