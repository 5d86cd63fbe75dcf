package misuse.monitoronconcurrencyobject;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Queue that calls notifyAll() on a Condition instead of signalAll(): it targets the Condition object's monitor, which is not held, and throws IllegalMonitorStateException. */
public class BadNotifyOnCondition {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<String> items = new ArrayDeque<>();

    public void put(String item) {
        lock.lock();
        try {
            items.addLast(item);
            notEmpty.notifyAll(); // expect: MonitorOnConcurrencyObject['`notifyAll()` on Condition `notEmpty` uses its monitor, not the condition'], MonitorNotHeld
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
