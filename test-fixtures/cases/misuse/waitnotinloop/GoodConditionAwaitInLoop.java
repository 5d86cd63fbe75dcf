package misuse.waitnotinloop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Job queue whose consumer awaits in a while loop, as the Condition javadoc requires. */
public class GoodConditionAwaitInLoop {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<String> jobs = new ArrayDeque<>();

    public void submit(String job) {
        lock.lock();
        try {
            jobs.addLast(job);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public String next() throws InterruptedException {
        lock.lock();
        try {
            while (jobs.isEmpty()) {
                notEmpty.await();
            }
            return jobs.pollFirst();
        } finally {
            lock.unlock();
        }
    }
}
