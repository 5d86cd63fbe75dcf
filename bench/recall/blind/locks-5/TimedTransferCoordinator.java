// EXPECT: none
package probe5.locks;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Transfers funds between wallets without a global lock ordering: each
 * attempt uses timed tryLock on both wallets and backs off randomly when it
 * cannot get both, giving up once an overall deadline passes.
 */
// OK: tryLock with timeout never blocks indefinitely, both locks are released in finally before the back-off sleep, and interrupts propagate
public class TimedTransferCoordinator {

    private static final long ATTEMPT_MILLIS = 5;

    /** Outcome of a transfer request. */
    public enum Outcome { COMPLETED, INSUFFICIENT_FUNDS, TIMED_OUT }

    /** A wallet whose balance is guarded by its own ReentrantLock. */
    public static final class Wallet {
        private final ReentrantLock lock = new ReentrantLock();
        private long balance;

        public Wallet(long balance) {
            this.balance = balance;
        }

        public long balance() {
            lock.lock();
            try {
                return balance;
            } finally {
                lock.unlock();
            }
        }
    }

    public Outcome transfer(Wallet from, Wallet to, long amount, long timeoutMillis)
            throws InterruptedException {
        if (from == to || amount <= 0) {
            throw new IllegalArgumentException("invalid transfer");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            if (from.lock.tryLock(ATTEMPT_MILLIS, TimeUnit.MILLISECONDS)) {
                try {
                    if (to.lock.tryLock(ATTEMPT_MILLIS, TimeUnit.MILLISECONDS)) {
                        try {
                            if (from.balance < amount) {
                                return Outcome.INSUFFICIENT_FUNDS;
                            }
                            from.balance -= amount;
                            to.balance += amount;
                            return Outcome.COMPLETED;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                } finally {
                    from.lock.unlock();
                }
            }
            if (System.nanoTime() - deadline >= 0) {
                return Outcome.TIMED_OUT;
            }
            // Randomised back-off with no locks held to break livelock symmetry.
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, 10));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TimedTransferCoordinator coordinator = new TimedTransferCoordinator();
        Wallet a = new Wallet(1_000);
        Wallet b = new Wallet(1_000);
        Runnable forward = () -> runTransfers(coordinator, a, b);
        Runnable backward = () -> runTransfers(coordinator, b, a);
        Thread t1 = new Thread(forward, "a-to-b");
        Thread t2 = new Thread(backward, "b-to-a");
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("a=" + a.balance() + " b=" + b.balance());
    }

    private static void runTransfers(TimedTransferCoordinator c, Wallet from, Wallet to) {
        try {
            for (int i = 0; i < 1_000; i++) {
                if (c.transfer(from, to, 1, 1_000) == Outcome.TIMED_OUT) {
                    System.err.println("transfer timed out");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
