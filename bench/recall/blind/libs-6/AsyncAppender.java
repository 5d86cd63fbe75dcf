// EXPECT: non-volatile-stop-flag @ line 62
package probe6b;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appender that decouples logging threads from I/O: events are queued and written by a
 * dedicated background flusher thread named {@code async-appender-flusher}.
 *
 * <p><b>Thread-safety:</b> {@link #append(String)} may be called from any thread and never
 * blocks. {@link #start()} and {@link #stop()} are lifecycle methods invoked by the logger
 * context; {@code stop()} typically runs in a JVM shutdown hook. The target writer is
 * touched only by the flusher thread.
 */
public final class AsyncAppender {

    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(4096);
    private final AtomicLong dropped = new AtomicLong();
    private final Writer target;
    private final Thread flusher;
    private boolean running;

    public AsyncAppender(Writer target) {
        this.target = target;
        this.flusher = new Thread(this::flushLoop, "async-appender-flusher");
        this.flusher.setDaemon(true);
    }

    public void start() {
        running = true;
        flusher.start();
    }

    /** Enqueues an event; drops it if the queue is full. Called from any thread. */
    public void append(String event) {
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    /** Asks the flusher to drain the queue and exit, waiting up to five seconds. */
    public void stop() throws InterruptedException {
        running = false;
        flusher.join(TimeUnit.SECONDS.toMillis(5));
    }

    public long droppedCount() {
        return dropped.get();
    }

    /** Body of the flusher thread. */
    private void flushLoop() {
        List<String> batch = new ArrayList<>();
        while (running) { // BUG: non-volatile running flag written by stop() on another thread; the flusher may never observe false and never exit
            try {
                String first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 255);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        queue.drainTo(batch);
        write(batch);
    }

    private void write(List<String> batch) {
        try {
            for (String event : batch) {
                target.write(event);
                target.write('\n');
            }
            target.flush();
        } catch (IOException e) {
            // the flusher thread must survive I/O errors of the target
        } finally {
            batch.clear();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AsyncAppender appender = new AsyncAppender(new StringWriter());
        appender.start();
        Thread[] loggers = new Thread[4];
        for (int t = 0; t < loggers.length; t++) {
            loggers[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    appender.append(Thread.currentThread().getName() + " event " + i);
                }
            }, "app-" + t);
            loggers[t].start();
        }
        for (Thread t : loggers) {
            t.join();
        }
        Thread hook = new Thread(() -> {
            try {
                appender.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown-hook");
        hook.start();
        hook.join();
    }
}
