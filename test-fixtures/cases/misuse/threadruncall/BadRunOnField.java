package misuse.threadruncall;

import java.util.concurrent.atomic.AtomicLong;

/** Metrics flusher whose start() calls run() on its thread field: the flush loop runs on the caller's thread and start() never returns. */
public class BadRunOnField {
    private final Thread flusher = new Thread(this::flushLoop, "metrics-flusher");
    private final AtomicLong flushes = new AtomicLong();
    private volatile boolean running = true;

    public void start() {
        flusher.run(); // expect: ThreadRunCall['`flusher.run()` runs the thread's body on the calling thread']
    }

    public void stop() {
        running = false;
        flusher.interrupt();
    }

    public long flushes() {
        return flushes.get();
    }

    private void flushLoop() {
        while (running) {
            flushes.incrementAndGet();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
