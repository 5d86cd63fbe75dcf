// EXPECT: thread-starvation-deadlock @ line 33
package probe9b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Builds metrics reports in the background. HTTP handler threads call
 * requestReport(); all report work is serialized on one worker thread so
 * that reports never overlap.
 */
public class ReportScheduler {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-worker");
        t.setDaemon(true);
        return t;
    });

    public Future<String> requestReport(List<String> sections) {
        return worker.submit(() -> buildReport(sections));
    }

    private String buildReport(List<String> sections) throws InterruptedException, ExecutionException {
        List<Future<String>> parts = new ArrayList<>();
        for (String section : sections) {
            parts.add(worker.submit(() -> renderSection(section)));
        }
        StringBuilder report = new StringBuilder("== report ==\n");
        for (Future<String> part : parts) {
            report.append(part.get()).append('\n'); // BUG: task running on the single worker thread waits for subtasks queued behind it on the same executor -> thread-starvation deadlock
        }
        return report.toString();
    }

    private String renderSection(String section) {
        long checksum = 0;
        for (int i = 0; i < section.length() * 1000; i++) {
            checksum += (i * 31L) ^ section.hashCode();
        }
        return section + ": " + checksum;
    }

    public void shutdown() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        ReportScheduler scheduler = new ReportScheduler();
        Thread handler = new Thread(() -> {
            try {
                Future<String> f = scheduler.requestReport(List.of("latency", "errors", "throughput"));
                System.out.println(f.get(10, TimeUnit.SECONDS));
            } catch (Exception e) {
                System.err.println("report failed: " + e);
            }
        }, "http-handler-1");
        handler.start();
        handler.join();
        scheduler.shutdown();
    }
}
