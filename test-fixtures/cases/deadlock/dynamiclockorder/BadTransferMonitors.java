package deadlock.dynamiclockorder;

/** JCIP's dynamic lock-order deadlock: transfer locks the source account and then the destination, so transfer(a, b) racing with transfer(b, a) leaves each thread holding one account and waiting for the other. */
public final class BadTransferMonitors {
    static final class Account {
        private long balance;

        synchronized void withdraw(long amount) {
            if (balance < amount) {
                throw new IllegalStateException("insufficient funds");
            }
            balance -= amount;
        }

        synchronized void deposit(long amount) {
            balance += amount;
        }

        synchronized long balance() {
            return balance;
        }
    }

    public void transfer(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) { // expect: DynamicLockOrder['`to` is locked while holding `from`, in the order the arguments were passed']
                from.withdraw(amount);
                to.deposit(amount);
            }
        }
    }
}
