package misuse.synconsharedconstant;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Per-user lock taken on userId.intern(): the interned string is shared with every other piece of code in the JVM that interns or uses the same literal. */
public class BadInternedKeyLock {
    private final ConcurrentMap<String, Long> balances = new ConcurrentHashMap<>();

    public void transfer(String userId, long delta) {
        synchronized (userId.intern()) { // expect: SyncOnSharedConstant['`userId.intern()`, an interned string shared by the whole JVM']
            long current = balances.getOrDefault(userId, 0L);
            balances.put(userId, current + delta);
        }
    }
}
