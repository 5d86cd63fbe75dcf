// EXPECT: none
package probe10a; import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Persists stream checkpoints without blocking the processing thread.
 * checkpoint() is called from the processing thread; the write runs on the
 * checkpoint I/O thread and its completion callback records the outcome.
 * durablePosition() is read by the recovery coordinator on another thread.
 */
public class CheckpointPublisher implements AutoCloseable {

    public interface CheckpointStore {
        void write(String stream, long position) throws IOException;
    }

    private final CheckpointStore store;
    private final ConcurrentMap<String, Long> durable = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();
    private volatile Throwable lastFailure;
    private final ExecutorService ioExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "checkpoint-io");
        t.setDaemon(true);
        return t;
    });

    public CheckpointPublisher(CheckpointStore store) {
        this.store = store;
    }

    public void checkpoint(String stream, long position) {
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> writeCheckpoint(stream, position), ioExecutor);
        write.whenComplete((ignored, error) -> onWritten(stream, position, error)); // OK: returned stage dropped on purpose; onWritten handles both outcomes and durable position advances only on success
    }

    private void writeCheckpoint(String stream, long position) {
        try {
            store.write(stream, position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void onWritten(String stream, long position, Throwable error) {
        if (error != null) {
            failures.incrementAndGet();
            lastFailure = error;
            System.err.println("checkpoint " + stream + "@" + position + " failed: " + error);
            return;
        }
        durable.merge(stream, position, Math::max);
    }

    public long durablePosition(String stream) {
        return durable.getOrDefault(stream, -1L);
    }

    public long failureCount() {
        return failures.get();
    }

    public Throwable lastFailure() {
        return lastFailure;
    }

    @Override
    public void close() throws InterruptedException {
        ioExecutor.shutdown();
        if (!ioExecutor.awaitTermination(30, TimeUnit.SECONDS)) {
            ioExecutor.shutdownNow();
        }
    }
}
