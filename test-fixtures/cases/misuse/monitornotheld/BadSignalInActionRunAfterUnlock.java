package misuse.monitornotheld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The look-alike: the helper lets the lock go before it runs the action, so the signal in the lambda is
 * made without the condition's lock.
 */
public class BadSignalInActionRunAfterUnlock {
    private final Lock tasksLock = new ReentrantLock();
    private final Condition tasksCondition = tasksLock.newCondition();
    private final Deque<String> tasks = new ArrayDeque<>();

    public void add(String task) {
        afterTasksUnlocked(task, () -> tasksCondition.signalAll()); // expect: MonitorNotHeld['`tasksCondition.signalAll()` is called without holding `tasksLock`']
    }

    public int size() {
        tasksLock.lock();
        try {
            return tasks.size();
        } finally {
            tasksLock.unlock();
        }
    }

    private void afterTasksUnlocked(String task, Runnable action) {
        tasksLock.lock();
        try {
            tasks.add(task);
        } finally {
            tasksLock.unlock();
        }
        action.run();
    }
}
