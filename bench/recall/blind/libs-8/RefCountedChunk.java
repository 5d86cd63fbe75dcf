// EXPECT: none
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
 * Reference-counted chunk holding the newest WAL segment. Sender tasks on the
 * replication executor retain the current chunk while shipping it; the appender
 * thread swaps in a new chunk and releases the previous one, which wipes it.
 */
public class RefCountedChunk {
    private static final AtomicLong OUTSTANDING = new AtomicLong();

    private final byte[] bytes;
    private final AtomicInteger refCnt = new AtomicInteger(1);

    public RefCountedChunk(byte[] segment) {
        this.bytes = segment.clone();
        OUTSTANDING.incrementAndGet();
    }

    /** Adds a reference; returns false if the chunk has already been fully released. */
    public boolean tryRetain() {
        for (;;) {
            int cur = refCnt.get();
            if (cur <= 0) { // OK: the observed count is only acted on via compareAndSet below, which fails and retries if a release intervened
                return false;
            }
            if (refCnt.compareAndSet(cur, cur + 1)) {
                return true;
            }
        }
    }

    public void release() {
        int remaining = refCnt.decrementAndGet();
        if (remaining == 0) {
            Arrays.fill(bytes, (byte) 0);
            OUTSTANDING.decrementAndGet();
        } else if (remaining < 0) {
            throw new IllegalStateException("chunk over-released");
        }
    }

    public ByteBuffer view() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    public static long outstanding() {
        return OUTSTANDING.get();
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicReference<RefCountedChunk> head =
                new AtomicReference<>(new RefCountedChunk("wal-0".getBytes(StandardCharsets.UTF_8)));
        AtomicLong lsn = new AtomicLong();
        ScheduledExecutorService appender = Executors.newSingleThreadScheduledExecutor();
        appender.scheduleAtFixedRate(() -> {
            byte[] segment = ("wal-" + lsn.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
            head.getAndSet(new RefCountedChunk(segment)).release(); // drop the holder's reference
        }, 1, 1, TimeUnit.MILLISECONDS);

        ExecutorService senders = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 10_000; i++) {
            senders.execute(() -> {
                RefCountedChunk chunk;
                do {
                    chunk = head.get();
                } while (!chunk.tryRetain());
                try {
                    ByteBuffer v = chunk.view();
                    v.get(new byte[v.remaining()]);
                } finally {
                    chunk.release();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
        appender.shutdownNow();
    }
}
