package misuse.synconlocal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Ledger that makes its two-sided transfer "atomic" with a lock created in the method: each call has its own monitor, so concurrent transfers are not excluded at all. */
public class BadFreshLocalLock {
    private final ConcurrentMap<String, Long> balances = new ConcurrentHashMap<>();

    public void transfer(String from, String to, long amount) {
        Object mutex = new Object();
        synchronized (mutex) { // expect: SyncOnLocal['synchronized on local `mutex`, which holds a fresh object no other thread can see']
            balances.merge(from, -amount, Long::sum);
            balances.merge(to, amount, Long::sum);
        }
    }

    public long balance(String account) {
        return balances.getOrDefault(account, 0L);
    }
}
