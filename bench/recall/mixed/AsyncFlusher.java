// EXPECT: this-escape @ line 23
package recall3;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Buffers log records and flushes them in batches to a sink on a background thread.
 * Application threads call {@link #enqueue} concurrently.
 */
public class AsyncFlusher implements AutoCloseable {
    private final Thread worker;
    private final Deque<String> buffer;
    private final Consumer<List<String>> sink;
    private final int batchSize;
    private volatile boolean closed;

    public AsyncFlusher(Consumer<List<String>> sink, int batchSize) {
        this.worker = new Thread(this::flushLoop, "async-flusher");
        this.worker.start();
        this.buffer = new ArrayDeque<>();
        this.sink = sink;
        this.batchSize = batchSize;
    }

    public void enqueue(String record) {
        synchronized (buffer) {
            buffer.addLast(record);
            if (buffer.size() >= batchSize) {
                buffer.notifyAll();
            }
        }
    }

    private void flushLoop() {
        while (!closed) {
            List<String> batch = new ArrayList<>();
            synchronized (buffer) {
                while (buffer.size() < batchSize && !closed) {
                    try {
                        buffer.wait(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                while (!buffer.isEmpty()) {
                    batch.add(buffer.pollFirst());
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (buffer) {
            buffer.notifyAll();
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
