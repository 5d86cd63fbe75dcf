package misuse.notifyinsteadofnotifyall;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Bounded queue with separate notFull and notEmpty Conditions: every waiter of a Condition waits for the same thing, so signal() is enough. */
public class GoodSeparateConditions {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<Long> queue = new ArrayDeque<>();
    private final int capacity;

    public GoodSeparateConditions(int capacity) {
        this.capacity = capacity;
    }

    public void put(long value) throws InterruptedException {
        lock.lock();
        try {
            while (queue.size() == capacity) {
                notFull.await();
            }
            queue.addLast(value);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public long take() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                notEmpty.await();
            }
            long value = queue.removeFirst();
            notFull.signal();
            return value;
        } finally {
            lock.unlock();
        }
    }
}
