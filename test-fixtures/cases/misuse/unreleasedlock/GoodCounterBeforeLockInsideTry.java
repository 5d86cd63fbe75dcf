package misuse.unreleasedlock;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Statements that cannot throw around the lock's try: a final atomic counter counted inside the try
 * before the lock (only a failure of lock() itself reaches the finally without the lock: a style point),
 * and a final atomic flag raised between lock() and its try (tomcat's returnConnection, activemq's
 * inactivity monitor).
 */
public class GoodCounterBeforeLockInsideTry {
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong returned = new AtomicLong();
    private final AtomicBoolean inSend = new AtomicBoolean();
    private long balance;

    public void giveBack(long amount) {
        try {
            returned.incrementAndGet();
            lock.lock(); // expect: UnreleasedLock['so this is a style point']
            balance += amount;
        } finally {
            lock.unlock();
        }
    }

    public void send(long amount) {
        lock.lock();
        inSend.set(true);
        try {
            balance -= amount;
        } finally {
            inSend.set(false);
            lock.unlock();
        }
    }
}
