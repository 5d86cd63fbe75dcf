// EXPECT: this-escape-constructor @ line 30
package probe7b; import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Asynchronous appender: application threads enqueue formatted log lines and a
 * dedicated dispatcher thread writes them to the underlying sink, so logging
 * never blocks on I/O.
 */
public class AsyncLogAppender implements AutoCloseable {

    private final String name;
    private final Thread dispatcher;
    private final BlockingQueue<String> queue;
    private final Writer sink;
    private final AtomicLong dropped = new AtomicLong();
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private volatile boolean running = true;

    public AsyncLogAppender(String name, Writer sink, int bufferSize) {
        this.name = name;
        this.dispatcher = new Thread(this::dispatchLoop, "AsyncAppender-" + name);
        this.dispatcher.setDaemon(true);
        this.dispatcher.start(); // BUG: this escapes to the dispatcher thread before queue and sink are assigned; writes made after start() have no happens-before edge, so the dispatcher can read queue/sink as null and die with an NPE
        this.queue = new ArrayBlockingQueue<>(bufferSize);
        this.sink = sink;
    }

    /** Called by any application thread; drops the line if the buffer is full. */
    public boolean append(String line) {
        lifecycle.readLock().lock();
        try {
            if (!running) {
                return false;
            }
            if (queue.offer(line)) {
                return true;
            }
            dropped.incrementAndGet();
            return false;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    public long droppedCount() {
        return dropped.get();
    }

    private void dispatchLoop() {
        try {
            while (running || !queue.isEmpty()) {
                String line = queue.poll(50, TimeUnit.MILLISECONDS);
                if (line == null) {
                    sink.flush();
                    continue;
                }
                sink.write(line);
                sink.write(System.lineSeparator());
            }
            sink.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("appender " + name + " failed: " + e);
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        lifecycle.writeLock().lock();
        try {
            running = false;
        } finally {
            lifecycle.writeLock().unlock();
        }
        dispatcher.join();
        sink.close();
    }

    public static void main(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        try (AsyncLogAppender appender = new AsyncLogAppender("main", out, 1024)) {
            for (int i = 0; i < 100; i++) {
                appender.append("event " + i);
            }
        }
        System.out.println(out.toString().lines().count() + " lines written");
    }
}
