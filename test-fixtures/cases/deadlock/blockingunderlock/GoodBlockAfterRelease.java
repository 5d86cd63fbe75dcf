package deadlock.blockingunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/** Flusher that copies its pending items under the lock and does the blocking put() and back-off sleep only after unlock(). */
public class GoodBlockAfterRelease {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> pending = new ArrayList<>();
    private final BlockingQueue<List<String>> sink = new LinkedBlockingQueue<>(16);

    public void add(String item) {
        lock.lock();
        try {
            pending.add(item);
        } finally {
            lock.unlock();
        }
    }

    public void flush() throws InterruptedException {
        List<String> copy;
        lock.lock();
        try {
            copy = new ArrayList<>(pending);
            pending.clear();
        } finally {
            lock.unlock();
        }
        sink.put(copy);
        Thread.sleep(10);
    }
}
