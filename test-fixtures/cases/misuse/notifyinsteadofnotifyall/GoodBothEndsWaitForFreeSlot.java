package misuse.notifyinsteadofnotifyall;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded deque whose producers wait at either end until their insertion succeeds: the two waits read
 * differently ({@code !linkFirst(e)}, {@code !linkLast(e)}), but each helper fails only when the deque is
 * full ({@code count >= capacity}), so every waiter waits for one state, a free slot. Each removal frees
 * one slot and wakes one producer, which can always use it (commons-pool2's LinkedBlockingDeque).
 */
public class GoodBothEndsWaitForFreeSlot {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Deque<String> items = new ArrayDeque<>();
    private final int capacity;
    private int count;

    public GoodBothEndsWaitForFreeSlot(int capacity) {
        this.capacity = capacity;
    }

    private boolean linkFirst(String e) {
        if (count >= capacity) {
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
                notFull.signal();
            }
            return e;
        } finally {
            lock.unlock();
        }
    }
}
