package deadlock.dynamiclockorder;

/**
 * A private helper locks its two arguments in the order they come, and its only caller passes them in an
 * order it chose by comparing account numbers ({@code first = cmp <= 0 ? payer : payee}): every thread
 * takes the two monitors in one order.
 */
public class GoodOrderChosenByCaller {

    public static final class Ledger {
        final long accountNo;
        long balance;

        public Ledger(long accountNo, long balance) {
            this.accountNo = accountNo;
            this.balance = balance;
        }
    }

    private static final Object TIE = new Object();

    public void settle(Ledger payer, Ledger payee, long amount) {
        int order = Long.compare(payer.accountNo, payee.accountNo);
        Ledger first = order <= 0 ? payer : payee;
        Ledger second = order <= 0 ? payee : payer;
        if (order == 0) {
            synchronized (TIE) {
                move(first, second, payer, payee, amount);
            }
            return;
        }
        move(first, second, payer, payee, amount);
    }

    private static void move(Ledger first, Ledger second, Ledger payer, Ledger payee, long amount) {
        synchronized (first) {
            synchronized (second) {
                payer.balance -= amount;
                payee.balance += amount;
            }
        }
    }
}
