package deadlock.dynamiclockorder;

import java.util.concurrent.locks.ReentrantLock;

/** Wallets carry a unique id; move() chooses first/second by id and locks first then second, so move(a, b) and move(b, a) take the locks in the same order. */
public final class GoodIdOrder {
    static final class Wallet {
        private final long id;
        private final ReentrantLock lock = new ReentrantLock();
        private long cents;

        Wallet(long id) {
            this.id = id;
        }
    }

    public void move(Wallet source, Wallet target, long cents) {
        if (source.id == target.id) {
            return;
        }
        Wallet first = source.id < target.id ? source : target;
        Wallet second = source.id < target.id ? target : source;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                source.cents -= cents;
                target.cents += cents;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }
}
