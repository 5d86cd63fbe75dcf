// EXPECT: none
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// OK: buffer and counters are only touched by tasks on one single-thread executor; callers only submit and wait on Futures
public class AuditTrailWriter {
    private final ExecutorService auditThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "audit-writer"));
    private final List<String> buffer = new ArrayList<>();
    private long flushedRecords;
    private int flushes;

    public void record(String actor, String action, String target) {
        String line = System.currentTimeMillis() + " " + actor + " " + action + " " + target;
        auditThread.execute(() -> {
            buffer.add(line);
            if (buffer.size() >= 100) {
                flushBuffer();
            }
        });
    }

    private void flushBuffer() {
        if (buffer.isEmpty()) {
            return;
        }
        flushedRecords += buffer.size();
        flushes++;
        buffer.clear();
    }

    public Future<?> flush() {
        return auditThread.submit(this::flushBuffer);
    }

    public Future<Integer> pendingCount() {
        return auditThread.submit(buffer::size);
    }

    public Future<String> stats() {
        return auditThread.submit(() -> "flushes=" + flushes + " records=" + flushedRecords);
    }

    public void close() throws InterruptedException {
        auditThread.execute(this::flushBuffer);
        auditThread.shutdown();
        auditThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        AuditTrailWriter writer = new AuditTrailWriter();
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2_500; i++) {
            int n = i;
            requestThreads.execute(() -> writer.record("user-" + (n % 30), "UPDATE", "doc-" + n));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("pending=" + writer.pendingCount().get());
        writer.flush().get();
        System.out.println(writer.stats().get());
        writer.close();
    }
}
