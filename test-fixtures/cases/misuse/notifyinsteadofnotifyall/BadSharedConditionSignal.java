package misuse.notifyinsteadofnotifyall;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Bounded queue with one Condition awaited for "not full" and for "not empty": signal() may wake a thread of the wrong kind, and the signal is lost. */
public class BadSharedConditionSignal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<Long> queue = new ArrayDeque<>();
    private final int capacity;

    public BadSharedConditionSignal(int capacity) {
        this.capacity = capacity;
    }

    public void put(long value) throws InterruptedException {
        lock.lock();
        try {
            while (queue.size() == capacity) {
                changed.await();
            }
            queue.addLast(value);
            changed.signal(); // expect: NotifyInsteadOfNotifyAll['`signal()` wakes one thread waiting on `changed`']
        } finally {
            lock.unlock();
        }
    }

    public long take() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                changed.await();
            }
            long value = queue.removeFirst();
            changed.signal(); // expect: NotifyInsteadOfNotifyAll
            return value;
        } finally {
            lock.unlock();
        }
    }
}
