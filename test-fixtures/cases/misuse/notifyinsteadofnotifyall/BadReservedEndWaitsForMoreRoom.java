package misuse.notifyinsteadofnotifyall;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded deque whose producers wait at either end until their insertion succeeds, as in the good
 * case, but insertion at the front keeps a reserve: {@code linkFirst} fails while fewer than two slots
 * are free. One freed slot and one signal can wake a front producer, which still has to wait, while a
 * back producer that could go on sleeps.
 */
public class BadReservedEndWaitsForMoreRoom {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Deque<String> items = new ArrayDeque<>();
    private final int capacity;
    private int count;

    public BadReservedEndWaitsForMoreRoom(int capacity) {
        this.capacity = capacity;
    }

    private boolean linkFirst(String e) {
        if (count >= capacity - 1) {
            return false;
        }
        items.addFirst(e);
        count++;
        return true;
    }

    private boolean linkLast(String e) {
        if (count >= capacity) {
            return false;
        }
        items.addLast(e);
        count++;
        return true;
    }

    public void putFirst(String e) throws InterruptedException {
        lock.lock();
        try {
            while (!linkFirst(e)) {
                notFull.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public void putLast(String e) throws InterruptedException {
        lock.lock();
        try {
            while (!linkLast(e)) {
                notFull.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public String pollFirst() {
        lock.lock();
        try {
            String e = items.pollFirst();
            if (e != null) {
                count--;
                notFull.signal(); // expect: NotifyInsteadOfNotifyAll['threads wait on it for different conditions (!linkFirst(e); !linkLast(e))']
            }
            return e;
        } finally {
            lock.unlock();
        }
    }
}
