package deadlock.blockingunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Batcher that calls queue.take() while holding its lock: when the queue is empty it sleeps holding the lock, and stats() blocks behind it. */
public class BadTakeUnderLock {
    private final Object lock = new Object();
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> batch = new ArrayList<>();
    private int batches;

    public boolean submit(String item) {
        return incoming.offer(item);
    }

    public void collect(int size) throws InterruptedException {
        synchronized (lock) {
            while (batch.size() < size) {
                batch.add(incoming.take()); // expect: BlockingUnderLock['`incoming.take()` may block for a long time while holding `lock`']
            }
            batch.clear();
            batches++;
        }
    }

    public int stats() {
        synchronized (lock) {
            return batches;
        }
    }
}
