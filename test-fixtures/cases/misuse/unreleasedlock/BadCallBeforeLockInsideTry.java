package misuse.unreleasedlock;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The periodic task waits for the service inside the try before it takes the lock: when the wait fails,
 * the finally unlocks a lock it never took, and the IllegalMonitorStateException replaces the real
 * failure and kills the periodic task (cassandra Gossiper.GossipTask).
 */
public class BadCallBeforeLockInsideTry implements Runnable {
    private final ReentrantLock taskLock = new ReentrantLock();
    private final CountDownLatch listening = new CountDownLatch(1);
    private long heartbeat;

    @Override
    public void run() {
        try {
            listening.await();
            taskLock.lock(); // expect: UnreleasedLock['`taskLock.lock()` is inside the try whose finally unlocks it, after statements that can throw']
            heartbeat++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            taskLock.unlock();
        }
    }

    public void started() {
        listening.countDown();
    }
}
