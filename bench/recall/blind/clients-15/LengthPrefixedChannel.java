// EXPECT: none
package probe15b; import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/2-style framed channel kept in the client's connection pool. Request
 * threads call write(); the pool's eviction scheduler closes idle channels.
 * Each channel borrows a direct buffer from a pool shared by all channels.
 */
public class LengthPrefixedChannel implements AutoCloseable {

    public static final class DirectBufferPool {
        private final ConcurrentLinkedQueue<ByteBuffer> free = new ConcurrentLinkedQueue<>();
        private final int capacity;

        public DirectBufferPool(int capacity) {
            this.capacity = capacity;
        }

        ByteBuffer take() {
            ByteBuffer b = free.poll();
            return b != null ? b : ByteBuffer.allocateDirect(capacity);
        }

        void giveBack(ByteBuffer b) {
            b.clear();
            free.offer(b);
        }
    }

    private final WritableByteChannel channel;
    private final DirectBufferPool buffers;
    private final ByteBuffer frame;
    private final Object writeLock = new Object();
    private final ScheduledExecutorService evictor;
    private final long idleTimeoutMillis;
    private volatile long lastWriteNanos = System.nanoTime();
    private boolean closed; // guarded by writeLock

    public LengthPrefixedChannel(WritableByteChannel channel, DirectBufferPool buffers,
                                 ScheduledExecutorService evictor, long idleTimeoutMillis) {
        this.channel = channel;
        this.buffers = buffers;
        this.frame = buffers.take();
        this.evictor = evictor;
        this.idleTimeoutMillis = idleTimeoutMillis;
        scheduleEvictionCheck();
    }

    private void scheduleEvictionCheck() {
        evictor.schedule(this::evictIfIdle, idleTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void evictIfIdle() {
        if (System.nanoTime() - lastWriteNanos > TimeUnit.MILLISECONDS.toNanos(idleTimeoutMillis)) {
            close();
        } else {
            scheduleEvictionCheck();
        }
    }

    public void write(byte[] payload) throws IOException {
        lastWriteNanos = System.nanoTime();
        synchronized (writeLock) {
            if (closed) {
                throw new IOException("channel closed");
            }
            frame.clear();
            frame.putInt(payload.length).put(payload).flip();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            buffers.giveBack(frame); // OK: writeLock is held and write() re-checks closed under it, so no writer can still touch the buffer
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
