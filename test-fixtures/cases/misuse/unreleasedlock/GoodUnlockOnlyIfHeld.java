package misuse.unreleasedlock;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A queue that lets its lock go while it waits and takes it back after: the finally releases the lock
 * only when this thread holds it, so wherever in the try the lock is taken or let go, the release never
 * throws (tomcat's MultiLockFairBlockingQueue.poll).
 */
public class GoodUnlockOnlyIfHeld {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<String> items = new ArrayDeque<>();

    public String poll(long timeout) throws InterruptedException {
        String result;
        CountDownLatch arrived = new CountDownLatch(1);
        try {
            lock.lock();
            result = items.poll();
            lock.unlock();
            if (result == null && arrived.await(timeout, TimeUnit.MILLISECONDS)) {
                lock.lock();
                result = items.poll();
            }
        } finally {
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
        return result;
    }

    public void offer(String item) {
        lock.lock();
        try {
            items.add(item);
        } finally {
            lock.unlock();
        }
    }
}
