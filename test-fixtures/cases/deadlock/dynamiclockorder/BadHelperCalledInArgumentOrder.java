package deadlock.dynamiclockorder;

/**
 * The same helper whose caller passes its own arguments straight through: the order is the callers',
 * and two transfers in opposite directions deadlock.
 */
public class BadHelperCalledInArgumentOrder {

    public static final class Ledger {
        long balance;
    }

    public void settle(Ledger payer, Ledger payee, long amount) {
        move(payer, payee, amount);
    }

    private static void move(Ledger from, Ledger to, long amount) {
        synchronized (from) {
            synchronized (to) { // expect: DynamicLockOrder['`to` is locked while holding `from`, in the order the arguments were passed']
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
