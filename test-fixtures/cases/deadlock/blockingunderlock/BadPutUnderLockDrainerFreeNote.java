package deadlock.blockingunderlock;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The outbox whose flusher counts its flushes in an atomic, without the lock: with the queue full, append()
 * waits for room holding the lock, and callers of backlog() stall meanwhile, but the flusher never needs
 * the lock, so it always makes room. A note: a stall, no deadlock.
 */
public class BadPutUnderLockDrainerFreeNote {
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(64);
    private final ReentrantLock lock = new ReentrantLock();
    private long appended;
    private final java.util.concurrent.atomic.AtomicLong flushed = new java.util.concurrent.atomic.AtomicLong();

    public void append(String event) throws InterruptedException {
        lock.lock();
        try {
            appended++;
            queue.put(event); // expect: BlockingUnderLock['never takes it']
        } finally {
            lock.unlock();
        }
    }

    void flushLoop() throws InterruptedException {
        while (true) {
            String event = queue.take();
            System.out.println(event);
            flushed.incrementAndGet();
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
            return appended - flushed.get();
        } finally {
            lock.unlock();
        }
    }
}
