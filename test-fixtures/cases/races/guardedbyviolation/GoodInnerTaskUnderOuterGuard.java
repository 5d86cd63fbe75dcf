package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import net.jcip.annotations.GuardedBy;

/**
 * The maintenance task is an inner class whose run() is itself @GuardedBy("evictionLock"): it runs only
 * while the cache's lock is held (the drain loop below calls it under the lock), so its calls of the cache's
 * guarded helpers, which reach them through Outer.this, hold the lock they need. Writers only queue the
 * tasks; whoever drains the queue runs them under the lock.
 */
public class GoodInnerTaskUnderOuterGuard {
    private final ReentrantLock evictionLock = new ReentrantLock();

    @GuardedBy("evictionLock")
    private final Deque<String> accessOrder = new ArrayDeque<>();

    @GuardedBy("evictionLock")
    private long weightedSize;

    private final Queue<Runnable> writeBuffer = new ConcurrentLinkedQueue<>();

    @GuardedBy("evictionLock")
    void setWeightedSize(long size) {
        weightedSize = size;
    }

    @GuardedBy("evictionLock")
    Deque<String> accessOrder() {
        return accessOrder;
    }

    final class AddTask implements Runnable {
        private final String key;

        AddTask(String key) {
            this.key = key;
        }

        @Override
        @GuardedBy("evictionLock")
        public void run() {
            setWeightedSize(weightedSize + 1);
            accessOrder().addLast(key);
        }
    }

    public void add(String key) {
        writeBuffer.add(new AddTask(key));
        if (evictionLock.tryLock()) {
            try {
                drain();
            } finally {
                evictionLock.unlock();
            }
        }
    }

    @GuardedBy("evictionLock")
    private void drain() {
        Runnable task;
        while ((task = writeBuffer.poll()) != null) {
            task.run();
        }
    }
}
