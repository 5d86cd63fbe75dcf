package deadlock.lockorderinversion.threefiles;

import java.util.HashMap;
import java.util.Map;

/** Second link of the cycle: a reservation holds the ledger's monitor while it writes to the AuditLog (Ledger -> AuditLog). */
public final class Ledger {
    private final AuditLog audit;
    private final Map<String, Long> reserved = new HashMap<>();

    public Ledger(AuditLog audit) {
        this.audit = audit;
    }

    public synchronized void reserve(String account, long amount) { // related: LockOrderInversion['`Ledger.this` is taken here (Ledger.reserve)']
        reserved.merge(account, amount, Long::sum);
        audit.record("reserve " + account + " " + amount);
    }

    public synchronized long reservedFor(String account) {
        return reserved.getOrDefault(account, 0L);
    }
}
