// EXPECT: none
package probe6b;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes batches of log lines to a {@link Writer} on a dedicated writer thread
 * ({@code batch-log-writer}).
 *
 * <p><b>Thread-safety:</b> {@link #submit(Collection)} may be called from any thread.
 * Each call builds a new {@code Batch} that is confined to the submitting thread until it
 * is handed to the writer thread through a {@link BlockingQueue}; the submitter never
 * touches it afterwards. The target writer is used only by the writer thread.
 */
public final class BatchingLogWriter {

    /** Mutable and not thread-safe; owned by exactly one thread at a time. */
    private static final class Batch {
        final List<String> lines = new ArrayList<>();
        final StringBuilder encoded = new StringBuilder();
        long createdNanos;
    }

    private static final Batch POISON = new Batch();

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(64);
    private final AtomicLong linesWritten = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final Writer target;
    private final Thread writer;

    public BatchingLogWriter(Writer target) {
        this.target = target;
        this.writer = new Thread(this::writeLoop, "batch-log-writer");
    }

    public void start() {
        writer.start();
    }

    /** Queues the messages as one batch, blocking while the queue is full. */
    public void submit(Collection<String> messages) throws InterruptedException {
        Batch batch = new Batch();
        batch.createdNanos = System.nanoTime();
        batch.lines.addAll(messages);
        queue.put(batch); // ownership passes to the writer thread
    }

    /** Lets the writer drain everything queued so far, then waits for it to exit. */
    public void shutdown() throws InterruptedException {
        queue.put(POISON);
        writer.join();
    }

    public long linesWritten() {
        return linesWritten.get();
    }

    /** Body of the writer thread. */
    private void writeLoop() {
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch == POISON) {
                    return;
                }
                for (String line : batch.lines) {
                    batch.encoded.append(line).append('\n'); // OK: batch was handed over through the BlockingQueue (put/take happens-before) and the submitting thread no longer touches it
                }
                try {
                    target.write(batch.encoded.toString());
                    target.flush();
                    linesWritten.addAndGet(batch.lines.size());
                } catch (IOException e) {
                    failedBatches.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StringWriter out = new StringWriter();
        BatchingLogWriter logWriter = new BatchingLogWriter(out);
        logWriter.start();
        ExecutorService appThreads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            int n = i;
            appThreads.submit(() -> {
                logWriter.submit(List.of("batch " + n + " line 1", "batch " + n + " line 2"));
                return null;
            });
        }
        appThreads.shutdown();
        appThreads.awaitTermination(5, TimeUnit.SECONDS);
        logWriter.shutdown();
        System.out.println(logWriter.linesWritten() + " lines, " + out.toString().length() + " chars");
    }
}
