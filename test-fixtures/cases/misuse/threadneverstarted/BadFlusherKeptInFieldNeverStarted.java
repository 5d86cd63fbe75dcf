package misuse.threadneverstarted;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An audit buffer whose flusher thread is made, configured and kept in a private field, but no code of
 * the class ever starts it: close() interrupts and joins a thread that never ran, and the buffer is
 * never drained.
 */
public class BadFlusherKeptInFieldNeverStarted {
    private final BlockingQueue<String> buffer = new LinkedBlockingQueue<>();
    private final Thread flusher;

    public BadFlusherKeptInFieldNeverStarted() {
        Thread t = new Thread(this::drain, "audit-flusher"); // expect: ThreadNeverStarted['this thread is never started nor handed on']
        t.setDaemon(true);
        this.flusher = t;
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
