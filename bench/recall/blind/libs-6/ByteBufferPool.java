// EXPECT: none
package probe6b;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Pool of fixed-size heap buffers used by socket reader tasks.
 *
 * <p><b>Thread-safety:</b> thread-safe; all state is guarded by the pool's monitor.
 * {@link #borrow()} and {@link #release(ByteBuffer)} are called from the I/O worker
 * threads; {@link #close()} may be called from any thread and blocks until every borrowed
 * buffer has been returned. A borrowed buffer is confined to the borrowing thread until
 * it is released.
 */
public final class ByteBufferPool {

    private final int bufferSize;
    private final int maxBuffers;
    private final Deque<ByteBuffer> free = new ArrayDeque<>(); // guarded by this
    private int allocated;                                      // guarded by this
    private int inUse;                                          // guarded by this
    private boolean closed;                                     // guarded by this

    public ByteBufferPool(int bufferSize, int maxBuffers) {
        this.bufferSize = bufferSize;
        this.maxBuffers = maxBuffers;
    }

    /** Borrows a buffer, waiting while the pool is exhausted. */
    public synchronized ByteBuffer borrow() throws InterruptedException {
        while (!closed && free.isEmpty() && allocated >= maxBuffers) {
            wait();
        }
        if (closed) { // OK: closed is read under the same monitor close() holds while setting it, so close() cannot interleave between this check and handing out the buffer
            throw new IllegalStateException("pool is closed");
        }
        ByteBuffer buf = free.pollFirst();
        if (buf == null) {
            buf = ByteBuffer.allocate(bufferSize);
            allocated++;
        }
        inUse++;
        return buf;
    }

    /** Returns a buffer previously obtained from {@link #borrow()}. */
    public synchronized void release(ByteBuffer buf) {
        inUse--;
        if (!closed) {
            buf.clear();
            free.addFirst(buf);
        }
        notifyAll(); // wakes blocked borrowers and a closer waiting for inUse == 0
    }

    /** Rejects new borrows, then waits for all in-flight borrows to be released. */
    public synchronized void close() throws InterruptedException {
        closed = true;
        notifyAll(); // blocked borrowers re-check and fail fast
        while (inUse > 0) {
            wait();
        }
        free.clear();
        allocated = 0;
    }

    public static void main(String[] args) throws InterruptedException {
        ByteBufferPool pool = new ByteBufferPool(8192, 4);
        ExecutorService ioWorkers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 200; i++) {
            ioWorkers.submit(() -> {
                ByteBuffer buf = pool.borrow();
                try {
                    buf.put((byte) 1);
                    buf.flip();
                } finally {
                    pool.release(buf);
                }
                return null;
            });
        }
        Thread closer = new Thread(() -> {
            try {
                pool.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pool-closer");
        closer.start();
        ioWorkers.shutdown();
        ioWorkers.awaitTermination(5, TimeUnit.SECONDS);
        closer.join();
    }
}
