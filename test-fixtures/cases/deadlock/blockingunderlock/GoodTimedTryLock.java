package deadlock.blockingunderlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Account withdrawal that, holding its own lock, only tries the other lock with a timeout: a timed tryLock gives up instead of blocking forever. */
public class GoodTimedTryLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock auditLock = new ReentrantLock();
    private long balance;
    private long audited;

    public boolean withdrawAudited(long amount) throws InterruptedException {
        lock.lock();
        try {
            if (auditLock.tryLock(50, TimeUnit.MILLISECONDS)) {
                try {
                    balance -= amount;
                    audited += amount;
                    return true;
                } finally {
                    auditLock.unlock();
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    public long audited() {
        auditLock.lock();
        try {
            return audited;
        } finally {
            auditLock.unlock();
        }
    }
}
