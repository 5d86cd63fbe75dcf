package misuse.threadneverstarted;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The same flusher, started by the buffer's start(): a thread kept in a field and started elsewhere. */
public class GoodFlusherKeptInFieldStartedByStart {
    private final BlockingQueue<String> buffer = new LinkedBlockingQueue<>();
    private final Thread flusher;

    public GoodFlusherKeptInFieldStartedByStart() {
        Thread t = new Thread(this::drain, "audit-flusher");
        t.setDaemon(true);
        this.flusher = t;
    }

    public void start() {
        flusher.start();
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            buffer.poll();
        }
    }

    public boolean record(String line) {
        return buffer.offer(line);
    }

    public void close() throws InterruptedException {
        flusher.interrupt();
        flusher.join(2_000);
    }
}
