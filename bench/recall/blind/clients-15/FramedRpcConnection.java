// EXPECT: close-racing-with-use @ line 90
package probe15b; import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pooled RPC connection writing length-prefixed frames. send() is called by
 * request threads; the pool's shared reaper (a ScheduledExecutorService) closes
 * the connection once it has been idle too long. The frame buffer is borrowed
 * from a buffer pool shared by all connections and returned on close.
 */
public class FramedRpcConnection implements AutoCloseable {

    public static final class BufferPool {
        private final ConcurrentLinkedQueue<ByteBuffer> free = new ConcurrentLinkedQueue<>();
        private final int size;

        public BufferPool(int size) {
            this.size = size;
        }

        ByteBuffer acquire() {
            ByteBuffer b = free.poll();
            return b != null ? b : ByteBuffer.allocateDirect(size);
        }

        void release(ByteBuffer b) {
            b.clear();
            free.offer(b);
        }
    }

    private final WritableByteChannel channel;
    private final BufferPool bufferPool;
    private final ByteBuffer frame;
    private final Object writeLock = new Object();
    private final ScheduledExecutorService reaper;
    private final long idleTimeoutMillis;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastUsedNanos = System.nanoTime();

    public FramedRpcConnection(WritableByteChannel channel, BufferPool bufferPool,
                               ScheduledExecutorService reaper, long idleTimeoutMillis) {
        this.channel = channel;
        this.bufferPool = bufferPool;
        this.frame = bufferPool.acquire();
        this.reaper = reaper;
        this.idleTimeoutMillis = idleTimeoutMillis;
        scheduleIdleCheck();
    }

    private void scheduleIdleCheck() {
        reaper.schedule(this::checkIdle, idleTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void checkIdle() {
        if (closed.get()) {
            return;
        }
        if (System.nanoTime() - lastUsedNanos > TimeUnit.MILLISECONDS.toNanos(idleTimeoutMillis)) {
            close();
        } else {
            scheduleIdleCheck();
        }
    }

    public void send(byte[] payload) throws IOException {
        if (closed.get()) {
            throw new IOException("connection closed");
        }
        lastUsedNanos = System.nanoTime();
        synchronized (writeLock) {
            frame.clear();
            frame.putInt(payload.length).put(payload).flip();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        bufferPool.release(frame); // BUG: buffer handed back to the shared pool without writeLock while a send() may still be filling/writing it
        try {
            channel.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
