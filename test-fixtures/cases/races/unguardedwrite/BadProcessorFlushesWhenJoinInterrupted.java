package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The same processor, whose shutdown() flushes after the try around its join: when the join is
 * interrupted, the flush runs while the thread is still flushing on its own.
 */
public class BadProcessorFlushesWhenJoinInterrupted extends Thread {
    private static final String DEATH = "";
    private final BlockingQueue<String> queued = new LinkedBlockingQueue<>();
    private long lastFlushTime;
    private volatile boolean stopping;

    @Override
    public void run() {
        try {
            while (true) {
                String r = queued.take();
                if (r == DEATH) {
                    break;
                }
                if (System.nanoTime() - lastFlushTime > 1_000_000L) {
                    flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void submit(String request) {
        if (stopping) {
            throw new IllegalStateException("shut down");
        }
        queued.add(request);
    }

    public void shutdown() {
        stopping = true;
        queued.add(DEATH);
        try {
            this.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        this.flush();
    }

    private void flush() {
        lastFlushTime = System.nanoTime(); // expect: UnguardedWrite['`lastFlushTime` is written without a lock']
    }
}
