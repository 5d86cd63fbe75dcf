// EXPECT: none
package recall2;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pool of reusable I/O buffers shared by all connection threads. A trimmer thread releases
 * surplus idle buffers. All pool state is guarded by the allocator's monitor.
 */
public class PooledBufferAllocator implements AutoCloseable {

    private final Deque<ByteBuffer> free = new ArrayDeque<>();
    private final int bufferSize;
    private final int maxBuffers;
    private final ScheduledExecutorService trimmer;
    private int allocated;
    private int inUse;

    public PooledBufferAllocator(int bufferSize, int maxBuffers) {
        this.bufferSize = bufferSize;
        this.maxBuffers = maxBuffers;
        this.trimmer = Executors.newSingleThreadScheduledExecutor();
    }

    public void startTrimmer(int keepIdle, long periodMillis) {
        trimmer.scheduleWithFixedDelay(() -> trim(keepIdle), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public ByteBuffer acquire() {
        synchronized (this) {
            ByteBuffer b = free.pollFirst();
            if (b != null) {
                inUse++;
                return b;
            }
            if (allocated >= maxBuffers) {
                throw new IllegalStateException("buffer pool exhausted (" + maxBuffers + ")");
            }
            allocated++;
            inUse++;
        }
        return ByteBuffer.allocate(bufferSize);
    }

    public void release(ByteBuffer buffer) {
        buffer.clear();
        synchronized (this) {
            inUse--;
            free.addFirst(buffer);
        }
    }

    /** Runs on the trimmer thread. */
    synchronized void trim(int keepIdle) {
        while (free.size() > keepIdle) {
            free.pollLast();
            allocated--;
        }
    }

    public synchronized int inUse() {
        return inUse;
    }

    public synchronized int allocated() {
        return allocated;
    }

    @Override
    public void close() {
        trimmer.shutdownNow();
        synchronized (this) {
            allocated -= free.size();
            free.clear();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (PooledBufferAllocator alloc = new PooledBufferAllocator(4096, 64)) {
            alloc.startTrimmer(4, 1);
            ExecutorService connections = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                connections.execute(() -> {
                    for (int i = 0; i < 100_000; i++) {
                        ByteBuffer b = alloc.acquire();
                        b.putInt(i);
                        alloc.release(b);
                    }
                });
            }
            connections.shutdown();
            connections.awaitTermination(1, TimeUnit.MINUTES);
            System.out.println("in use: " + alloc.inUse());
        }
    }
}
