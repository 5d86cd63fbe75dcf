package deadlock.blockingunderlock;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An outbox: append() puts into a bounded queue while holding the lock, and the flusher, the only code
 * that takes from the queue, takes the lock to record each flush. With the queue full, append() waits
 * for room holding the lock, the flusher waits for the lock, and neither goes on.
 */
public class BadPutUnderLockDrainerNeedsIt {
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(64);
    private final ReentrantLock lock = new ReentrantLock();
    private long appended;
    private long flushed;

    public void append(String event) throws InterruptedException {
        lock.lock();
        try {
            appended++;
            queue.put(event); // expect: BlockingUnderLock['which can end this wait, takes it']
        } finally {
            lock.unlock();
        }
    }

    void flushLoop() throws InterruptedException {
        while (true) {
            String event = queue.take();
            System.out.println(event);
            lock.lock();
            try {
                flushed++;
            } finally {
                lock.unlock();
            }
        }
    }

    public void start() {
        Thread flusher = new Thread(() -> {
            try {
                flushLoop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        flusher.setDaemon(true);
        flusher.start();
    }

    public long backlog() {
        lock.lock();
        try {
            return appended - flushed;
        } finally {
            lock.unlock();
        }
    }
}
