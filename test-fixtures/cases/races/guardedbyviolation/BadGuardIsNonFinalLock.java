package races.guardedbyviolation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.GuardedBy;

/** The queue is guarded by a lock field that is not final: if it is ever replaced, two threads can hold two different locks. */
public class BadGuardIsNonFinalLock {
    private ReentrantLock lock = new ReentrantLock();

    @GuardedBy("lock") private final Deque<String> queue = new ArrayDeque<>(); // expect: GuardedByViolation['but `lock` is not final']

    public void push(String item) {
        lock.lock();
        try {
            queue.push(item);
        } finally {
            lock.unlock();
        }
    }

    public String pop() {
        lock.lock();
        try {
            return queue.poll();
        } finally {
            lock.unlock();
        }
    }
}
