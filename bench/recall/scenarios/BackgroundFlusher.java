// EXPECT: none
package recall2;

import java.util.ArrayList;
import java.util.List;

/**
 * Batches strings and flushes them on a background thread. Instances are created through
 * {@link #start()}, which starts the thread only after the object is fully constructed.
 */
public final class BackgroundFlusher {

    private final Object lock = new Object();
    private final List<String> pending = new ArrayList<>();
    private final List<String> flushedLog = new ArrayList<>();
    private Thread thread;
    private boolean stopping;

    private BackgroundFlusher() {
    }

    public static BackgroundFlusher start() {
        BackgroundFlusher f = new BackgroundFlusher();
        Thread t = new Thread(f::runLoop, "background-flusher");
        synchronized (f.lock) {
            f.thread = t;
        }
        t.start();
        return f;
    }

    public void add(String s) {
        synchronized (lock) {
            if (stopping) {
                throw new IllegalStateException("stopping");
            }
            pending.add(s);
            lock.notifyAll();
        }
    }

    private void runLoop() {
        while (true) {
            List<String> batch;
            synchronized (lock) {
                while (pending.isEmpty() && !stopping) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return; // stopping and drained
                }
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            write(batch);
        }
    }

    private void write(List<String> batch) {
        synchronized (flushedLog) {
            flushedLog.addAll(batch);
        }
    }

    public void stop() throws InterruptedException {
        Thread t;
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
            t = thread;
            thread = null;
        }
        if (t != null) {
            t.join();
        }
    }

    public int flushedCount() {
        synchronized (flushedLog) {
            return flushedLog.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BackgroundFlusher flusher = BackgroundFlusher.start();
        for (int i = 0; i < 10_000; i++) {
            flusher.add("line " + i);
        }
        flusher.stop();
        System.out.println("flushed " + flusher.flushedCount());
    }
}
