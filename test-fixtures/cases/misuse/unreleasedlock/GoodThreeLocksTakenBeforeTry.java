package misuse.unreleasedlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Three queues' locks taken in a row, in one fixed order, before the try whose finally releases all
 * three (kafka-streams' DefaultStateUpdater.executeWithQueuesLocked): nothing between the first lock()
 * and the try can leave holding it.
 */
public class GoodThreeLocksTakenBeforeTry {
    private final ReentrantLock tasksLock = new ReentrantLock();
    private final ReentrantLock restoredLock = new ReentrantLock();
    private final ReentrantLock failedLock = new ReentrantLock();
    private int moves;

    public void moveAll() {
        tasksLock.lock();
        restoredLock.lock();
        failedLock.lock();
        try {
            moves++;
        } finally {
            failedLock.unlock();
            restoredLock.unlock();
            tasksLock.unlock();
        }
    }
}
