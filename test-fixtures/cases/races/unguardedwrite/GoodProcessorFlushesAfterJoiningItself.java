package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A request processor thread whose shutdown() queues a poison pill, joins the thread itself and only then
 * flushes: the last flush's write of {@code lastFlushTime} comes after the run has ended.
 */
public class GoodProcessorFlushesAfterJoiningItself extends Thread {
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
            this.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flush() {
        lastFlushTime = System.nanoTime();
    }
}
