package deadlock.blockingunderlock;

import java.util.ArrayDeque;
import java.util.Deque;

/** A work queue whose synchronized next() calls a private helper that wait()s on this: the monitor of this object is the only lock held, and wait() releases it, so producers can get in. */
public final class GoodInterprocPrivateWait {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    public synchronized void enqueue(Runnable task) {
        tasks.addLast(task);
        notifyAll();
    }

    public synchronized Runnable next() throws InterruptedException {
        awaitWork();
        return tasks.removeFirst();
    }

    private void awaitWork() throws InterruptedException {
        while (tasks.isEmpty()) {
            wait();
        }
    }
}
