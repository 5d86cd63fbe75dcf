package misuse.waitnotinloop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Job queue whose consumer awaits under an if: after a spurious wakeup, or when another consumer took the job first, poll() returns null. */
public class BadConditionAwaitInIf {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<String> jobs = new ArrayDeque<>();

    public void submit(String job) {
        lock.lock();
        try {
            jobs.addLast(job);
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public String next() throws InterruptedException {
        lock.lock();
        try {
            if (jobs.isEmpty()) {
                notEmpty.await(); // expect: WaitNotInLoop['`notEmpty.await()` is not in a loop']
            }
            return jobs.pollFirst();
        } finally {
            lock.unlock();
        }
    }
}
