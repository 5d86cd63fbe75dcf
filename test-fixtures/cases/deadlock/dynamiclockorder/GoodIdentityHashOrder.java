package deadlock.dynamiclockorder;

/** JCIP's InduceLockOrder: the two accounts are locked in System.identityHashCode order, with a global tie lock for equal hashes, so every thread takes any two accounts in the same order. */
public final class GoodIdentityHashOrder {
    private static final Object TIE_LOCK = new Object();

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
    }

    public void transfer(Account from, Account to, long amount) {
        int fromHash = System.identityHashCode(from);
        int toHash = System.identityHashCode(to);
        if (fromHash < toHash) {
            synchronized (from) {
                synchronized (to) {
                    move(from, to, amount);
                }
            }
        } else if (fromHash > toHash) {
            synchronized (to) {
                synchronized (from) {
                    move(from, to, amount);
                }
            }
        } else {
            synchronized (TIE_LOCK) {
                synchronized (from) {
                    synchronized (to) {
                        move(from, to, amount);
                    }
                }
            }
        }
    }

    private static void move(Account from, Account to, long amount) {
        from.withdraw(amount);
        to.deposit(amount);
    }
}
