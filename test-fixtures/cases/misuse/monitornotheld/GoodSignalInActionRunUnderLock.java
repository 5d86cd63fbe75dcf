package misuse.monitornotheld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A task manager that runs its actions through executeWithTasksLocked/returnWithTasksLocked, which take
 * the tasks lock around action.run() (kafka-streams' DefaultTaskManager): the signal and the wait in the
 * lambdas hold the condition's lock.
 */
public class GoodSignalInActionRunUnderLock {
    private final Lock tasksLock = new ReentrantLock();
    private final Condition tasksCondition = tasksLock.newCondition();
    private final Deque<String> tasks = new ArrayDeque<>();

    public void add(String task) {
        executeWithTasksLocked(() -> {
            tasks.add(task);
            tasksCondition.signalAll();
        });
    }

    public String poll() {
        return returnWithTasksLocked(() -> {
            String head = tasks.poll();
            if (tasks.isEmpty()) {
                tasksCondition.signalAll();
            }
            return head;
        });
    }

    public int size() {
        tasksLock.lock();
        try {
            return tasks.size();
        } finally {
            tasksLock.unlock();
        }
    }

    private void executeWithTasksLocked(final Runnable action) {
        tasksLock.lock();
        try {
            action.run();
        } finally {
            tasksLock.unlock();
        }
    }

    private <T> T returnWithTasksLocked(final Supplier<T> action) {
        tasksLock.lock();
        try {
            return action.get();
        } finally {
            tasksLock.unlock();
        }
    }
}
