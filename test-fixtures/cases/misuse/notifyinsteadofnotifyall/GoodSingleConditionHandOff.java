package misuse.notifyinsteadofnotifyall;

import java.util.ArrayDeque;
import java.util.Deque;

/** Unbounded task hand-off where only consumers wait, all for "not empty": one added task needs exactly one woken consumer, so notify() is right. */
public class GoodSingleConditionHandOff {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    public synchronized void add(Runnable task) {
        tasks.addLast(task);
        notify();
    }

    public synchronized Runnable next() throws InterruptedException {
        while (tasks.isEmpty()) {
            wait();
        }
        return tasks.removeFirst();
    }
}
