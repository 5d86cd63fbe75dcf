// EXPECT: data-race-on-a-field @ line 38
package probe12a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Collects records from many producer threads into fixed-size batches and hands
 * each full batch to a single sender thread. {@link #append} is called
 * concurrently by application threads; {@link #close} is called once after the
 * producers have stopped.
 */
public class BatchAccumulator {
    private final int batchSize;
    private final Object lock = new Object();
    private final ExecutorService sender = Executors.newSingleThreadExecutor();
    private final Consumer<List<byte[]>> transport;

    private List<byte[]> current = new ArrayList<>();
    private long appendedRecords;

    public BatchAccumulator(int batchSize, Consumer<List<byte[]>> transport) {
        this.batchSize = batchSize;
        this.transport = transport;
    }

    public void append(byte[] payload) {
        List<byte[]> full = null;
        synchronized (lock) {
            current.add(payload);
            if (current.size() >= batchSize) {
                full = current;
                current = new ArrayList<>(batchSize);
            }
        }
        appendedRecords++; // BUG: counter updated outside the lock by concurrent producer threads (lost updates)
        if (full != null) {
            List<byte[]> batch = full;
            sender.execute(() -> transport.accept(batch));
        }
    }

    public long appendedRecords() {
        synchronized (lock) {
            return appendedRecords;
        }
    }

    public void close() throws InterruptedException {
        List<byte[]> rest;
        synchronized (lock) {
            rest = current;
            current = new ArrayList<>(batchSize);
        }
        if (!rest.isEmpty()) {
            sender.execute(() -> transport.accept(rest));
        }
        sender.shutdown();
        if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
            sender.shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        BatchAccumulator accumulator =
                new BatchAccumulator(128, batch -> System.out.println("sent batch of " + batch.size()));
        ExecutorService producers = Executors.newFixedThreadPool(4);
        for (int p = 0; p < 4; p++) {
            producers.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    accumulator.append(new byte[32]);
                }
            });
        }
        producers.shutdown();
        producers.awaitTermination(1, TimeUnit.MINUTES);
        accumulator.close();
        System.out.println("appended " + accumulator.appendedRecords());
    }
}
