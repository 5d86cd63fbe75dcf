// EXPECT: check-then-act @ line 30
package probe8b; import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reference-counted buffer holding a serialized config snapshot. I/O threads
 * retain the current snapshot while reading it; a publisher thread swaps in a
 * new snapshot and releases the old one, which scrubs its bytes on deallocation.
 */
public class SharedSnapshotBuffer {
    private static final AtomicLong LIVE_BYTES = new AtomicLong();

    private final byte[] data;
    private final AtomicInteger refCnt = new AtomicInteger(1);

    public SharedSnapshotBuffer(byte[] content) {
        this.data = content.clone();
        LIVE_BYTES.addAndGet(data.length);
    }

    public SharedSnapshotBuffer retain() {
        if (refCnt.get() <= 0) { // BUG: check-then-act; a concurrent final release() can deallocate between this check and the increment, resurrecting a scrubbed buffer
            throw new IllegalStateException("buffer already released");
        }
        refCnt.incrementAndGet();
        return this;
    }

    public boolean release() {
        int remaining = refCnt.decrementAndGet();
        if (remaining == 0) {
            deallocate();
            return true;
        }
        if (remaining < 0) {
            throw new IllegalStateException("buffer over-released");
        }
        return false;
    }

    private void deallocate() {
        Arrays.fill(data, (byte) 0);
        LIVE_BYTES.addAndGet(-data.length);
    }

    public ByteBuffer content() {
        return ByteBuffer.wrap(data).asReadOnlyBuffer();
    }

    public static long liveBytes() {
        return LIVE_BYTES.get();
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicReference<SharedSnapshotBuffer> current =
                new AtomicReference<>(new SharedSnapshotBuffer("snapshot-0".getBytes(StandardCharsets.UTF_8)));
        AtomicInteger version = new AtomicInteger();
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
        publisher.scheduleAtFixedRate(() -> {
            byte[] next = ("snapshot-" + version.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
            current.getAndSet(new SharedSnapshotBuffer(next)).release(); // drop the holder's reference
        }, 1, 1, TimeUnit.MILLISECONDS);

        ExecutorService io = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            io.execute(() -> {
                for (;;) {
                    SharedSnapshotBuffer snap = current.get();
                    try {
                        snap.retain();
                    } catch (IllegalStateException replaced) {
                        continue; // swapped out concurrently; read the new one
                    }
                    try {
                        ByteBuffer view = snap.content();
                        view.get(new byte[view.remaining()]);
                        return;
                    } finally {
                        snap.release();
                    }
                }
            });
        }
        io.shutdown();
        io.awaitTermination(10, TimeUnit.SECONDS);
        publisher.shutdownNow();
    }
}
