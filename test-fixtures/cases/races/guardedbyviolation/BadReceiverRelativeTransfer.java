package races.guardedbyviolation;

import net.jcip.annotations.GuardedBy;

/** A transfer that holds this account's monitor while it writes the other account's balance, guarded by the other's monitor. */
public class BadReceiverRelativeTransfer {
    @GuardedBy("this")
    private long balance;

    public synchronized void deposit(long amount) {
        balance += amount;
    }

    public synchronized long balance() {
        return balance;
    }

    public synchronized void transferTo(BadReceiverRelativeTransfer other, long amount) {
        balance -= amount;
        other.balance += amount; // expect: GuardedByViolation['`other.balance` is @GuardedBy("this") but is written here without holding `other`']
    }
}
