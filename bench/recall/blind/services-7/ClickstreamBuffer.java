// EXPECT: none
package probe7a; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Buffers page-view events from the web tier and ships them to the analytics
 * pipeline in batches. Request threads only enqueue; all state lives on one
 * dedicated writer thread.
 */
public class ClickstreamBuffer {

    public record ClickEvent(String sessionId, String page, long tsMillis) {}

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clickstream-writer");
        t.setDaemon(true);
        return t;
    });
    private final List<ClickEvent> buffer = new ArrayList<>();
    private final Map<String, Integer> pageViews = new HashMap<>();
    private final AtomicLong droppedBatches = new AtomicLong();
    private final Consumer<List<ClickEvent>> pipelineSink;
    private final int flushThreshold;

    public ClickstreamBuffer(Consumer<List<ClickEvent>> pipelineSink, int flushThreshold) {
        this.pipelineSink = pipelineSink;
        this.flushThreshold = flushThreshold;
    }

    /** Called from request threads for every rendered page. */
    public void record(String sessionId, String page) {
        ClickEvent event = new ClickEvent(sessionId, page, System.currentTimeMillis());
        writer.execute(() -> append(event));
    }

    private void append(ClickEvent event) {
        buffer.add(event); // OK: buffer and pageViews are confined to the single clickstream-writer thread: every access runs as a task on the single-thread executor, whose submissions happen-before task execution and whose tasks run one at a time
        pageViews.merge(event.page(), 1, Integer::sum);
        if (buffer.size() >= flushThreshold) {
            flush();
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            pipelineSink.accept(List.copyOf(buffer));
        } catch (RuntimeException e) {
            droppedBatches.incrementAndGet();
        }
        buffer.clear();
    }

    /** For the internal /debug/top-pages endpoint; read is also executed on the writer thread. */
    public CompletableFuture<Map<String, Integer>> pageViewSnapshot() {
        return CompletableFuture.supplyAsync(() -> Map.copyOf(pageViews), writer);
    }

    public long droppedBatches() {
        return droppedBatches.get();
    }

    public void close() throws InterruptedException {
        writer.execute(this::flush);
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
