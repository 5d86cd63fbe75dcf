package sendsync.nonsendcapture;

/**
 * Two threads move money between the same two accounts in opposite directions. Each transfer takes the
 * monitors of both accounts, in the order of their ids (JCIP's InduceLockOrder): the captured accounts
 * are only touched under their own monitors, so the two threads cannot change one at once.
 */
public final class GoodTransfersLockBothAccountsInIdOrder {

    static final class Account {
        private final long id;
        private long balance;

        Account(long id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    static boolean transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                if (from.balance < amount) {
                    return false;
                }
                from.balance -= amount;
                to.balance += amount;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account(1, 1_000);
        Account b = new Account(2, 1_000);
        Thread there = new Thread(() -> transfer(a, b, 1));
        Thread back = new Thread(() -> transfer(b, a, 1));
        there.start();
        back.start();
        there.join();
        back.join();
    }
}
