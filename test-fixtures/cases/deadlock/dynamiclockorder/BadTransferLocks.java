package deadlock.dynamiclockorder;

import java.util.concurrent.locks.ReentrantLock;

/** Moving credit between wallets locks the source wallet's ReentrantLock and then the target's, in argument order: move(a, b) and move(b, a) on two threads deadlock. */
public final class BadTransferLocks {
    static final class Wallet {
        private final ReentrantLock lock = new ReentrantLock();
        private long cents;

        long balance() {
            lock.lock();
            try {
                return cents;
            } finally {
                lock.unlock();
            }
        }
    }

    public void move(Wallet source, Wallet target, long cents) {
        source.lock.lock();
        try {
            target.lock.lock(); // expect: DynamicLockOrder['`target.lock` is locked while holding `source.lock`']
            try {
                source.cents -= cents;
                target.cents += cents;
            } finally {
                target.lock.unlock();
            }
        } finally {
            source.lock.unlock();
        }
    }
}
