package sendsync.nonsendcapture;

/**
 * The same transfers, but each takes only the monitor of the account it takes money from: the thread
 * moving money back adds to the first account without its monitor while the other thread takes from it.
 */
public final class BadTransfersLockOnlyTheSource {

    static final class Account {
        private final long id;
        private long balance;

        Account(long id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    static boolean transfer(Account from, Account to, long amount) {
        synchronized (from) {
            if (from.balance < amount) {
                return false;
            }
            from.balance -= amount;
            to.balance += amount;
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account(1, 1_000);
        Account b = new Account(2, 1_000);
        Thread there = new Thread(() -> transfer(a, b, 1)); // expect: NonSendCapture['`a` is not thread-safe but is shared with a task'], NonSendCapture['`b` is not thread-safe but is shared with a task']
        Thread back = new Thread(() -> transfer(b, a, 1)); // expect: NonSendCapture['`a` is not thread-safe but is shared with a task'], NonSendCapture['`b` is not thread-safe but is shared with a task']
        there.start();
        back.start();
        there.join();
        back.join();
    }
}
