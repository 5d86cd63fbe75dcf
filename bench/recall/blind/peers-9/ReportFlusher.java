// EXPECT: naked-notify @ line 51
package probe9a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Buffers report lines and writes them out on a dedicated flusher thread.
 * Request threads append lines and may call flushAndWait to make sure their
 * lines are persisted before answering the client.
 */
public class ReportFlusher {

    private final BlockingQueue<String> pendingLines = new LinkedBlockingQueue<>();
    private final BlockingQueue<Boolean> flushRequests = new LinkedBlockingQueue<>();
    private final Object flushDone = new Object();
    private final List<String> persisted = new ArrayList<>(); // confined to the flusher thread
    private final AtomicInteger persistedCount = new AtomicInteger();
    private final Thread flusher;

    public ReportFlusher() {
        flusher = new Thread(this::flushLoop, "report-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    public void append(String line) {
        pendingLines.add(line);
    }

    public void flushAndWait() throws InterruptedException {
        flushRequests.put(Boolean.TRUE);
        synchronized (flushDone) {
            flushDone.wait();
        }
    }

    private void flushLoop() {
        try {
            while (true) {
                flushRequests.take();
                List<String> batch = new ArrayList<>();
                pendingLines.drainTo(batch);
                persisted.addAll(batch);
                persistedCount.addAndGet(batch.size());
                synchronized (flushDone) {
                    flushDone.notifyAll(); // BUG: naked notify, no state change; signal is lost if the caller is not yet waiting
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int persistedCount() {
        return persistedCount.get();
    }

    public static void main(String[] args) throws InterruptedException {
        ReportFlusher flusher = new ReportFlusher();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            final int n = i;
            requests.submit(() -> {
                flusher.append("report line " + n);
                try {
                    flusher.flushAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        requests.shutdown();
        if (!requests.awaitTermination(10, TimeUnit.SECONDS)) {
            System.out.println("some requests never returned");
        }
        System.out.println("persisted: " + flusher.persistedCount());
    }
}
