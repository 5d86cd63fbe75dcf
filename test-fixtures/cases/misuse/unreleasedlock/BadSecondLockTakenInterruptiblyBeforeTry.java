package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The look-alike: the second lock is taken with lockInterruptibly(), which throws when the thread is
 * interrupted while it waits, and then the first lock stays held.
 */
public class BadSecondLockTakenInterruptiblyBeforeTry {
    private final ReentrantLock tasksLock = new ReentrantLock();
    private final ReentrantLock restoredLock = new ReentrantLock();
    private int moves;

    public void moveAll() throws InterruptedException {
        tasksLock.lock(); // expect: UnreleasedLock['statements run between taking `tasksLock` and the try that releases it']
        restoredLock.lockInterruptibly();
        try {
            moves++;
        } finally {
            restoredLock.unlock();
            tasksLock.unlock();
        }
    }
}
