package misuse.monitoronconcurrencyobject;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Queue that uses await()/signalAll() on its Condition, never the Condition's own monitor methods. */
public class GoodConditionSignalAll {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<String> items = new ArrayDeque<>();

    public void put(String item) {
        lock.lock();
        try {
            items.addLast(item);
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public String take() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            return items.removeFirst();
        } finally {
            lock.unlock();
        }
    }
}
