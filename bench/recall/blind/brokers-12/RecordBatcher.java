// EXPECT: none
package probe12a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Groups keyed records into batches bounded by record count and byte size.
 * {@link #add} is invoked concurrently from request-handler threads; completed
 * batches are shipped by a dedicated flusher thread.
 */
public class RecordBatcher {
    public record Record(String key, byte[] value) { }

    private final int maxRecords;
    private final long maxBytes;
    private final Object lock = new Object();
    private final ExecutorService flusher = Executors.newSingleThreadExecutor();
    private final Consumer<List<Record>> sink;

    private List<Record> buffer = new ArrayList<>();
    private long bufferedBytes;
    private long addedRecords;

    public RecordBatcher(int maxRecords, long maxBytes, Consumer<List<Record>> sink) {
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        this.sink = sink;
    }

    public void add(String key, byte[] value) {
        List<Record> ready = null;
        synchronized (lock) {
            buffer.add(new Record(key, value));
            recordAdded(value.length);
            if (buffer.size() >= maxRecords || bufferedBytes >= maxBytes) {
                ready = buffer;
                buffer = new ArrayList<>();
                bufferedBytes = 0;
            }
        }
        if (ready != null) {
            List<Record> batch = ready;
            flusher.execute(() -> sink.accept(batch));
        }
    }

    // Caller must hold lock.
    private void recordAdded(int bytes) {
        addedRecords++; // OK: only called from add() while holding lock, and read under the same lock
        bufferedBytes += bytes;
    }

    public long addedRecords() {
        synchronized (lock) {
            return addedRecords;
        }
    }

    public void shutdown() throws InterruptedException {
        List<Record> rest;
        synchronized (lock) {
            rest = buffer;
            buffer = new ArrayList<>();
            bufferedBytes = 0;
        }
        if (!rest.isEmpty()) {
            flusher.execute(() -> sink.accept(rest));
        }
        flusher.shutdown();
        flusher.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        RecordBatcher batcher = new RecordBatcher(200, 64 * 1024,
                batch -> System.out.println("flushed " + batch.size() + " records"));
        ExecutorService handlers = Executors.newFixedThreadPool(6);
        for (int h = 0; h < 6; h++) {
            int handlerId = h;
            handlers.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    batcher.add("order-" + handlerId, new byte[48]);
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(1, TimeUnit.MINUTES);
        batcher.shutdown();
        System.out.println("added " + batcher.addedRecords());
    }
}
