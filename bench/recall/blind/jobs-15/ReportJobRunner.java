// EXPECT: thread-starvation-deadlock @ line 33
package probe15c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Nightly report job: the report task fans out one section per region and
 * stitches the results together. All work runs on the "reports" executor so
 * that report generation never competes with request threads.
 */
public class ReportJobRunner {
    private final ExecutorService reportExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reports");
        t.setDaemon(true);
        return t;
    });

    public Future<String> scheduleReport(List<String> regions) {
        return reportExecutor.submit(() -> buildReport(regions));
    }

    private String buildReport(List<String> regions) throws InterruptedException, ExecutionException {
        List<Future<String>> sections = new ArrayList<>();
        for (String region : regions) {
            sections.add(reportExecutor.submit(() -> renderSection(region)));
        }
        StringBuilder report = new StringBuilder("REPORT\n");
        for (Future<String> section : sections) {
            report.append(section.get()).append('\n'); // BUG: waits inside the single pool thread for tasks queued behind it on the same pool (starvation deadlock)
        }
        return report.toString();
    }

    private String renderSection(String region) {
        int total = 0;
        for (char c : region.toCharArray()) {
            total += c;
        }
        return region + ": " + total;
    }

    public void shutdown() throws InterruptedException {
        reportExecutor.shutdown();
        reportExecutor.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        ReportJobRunner runner = new ReportJobRunner();
        Future<String> report = runner.scheduleReport(List.of("emea", "apac", "amer"));
        System.out.println(report.get(10, TimeUnit.SECONDS));
        runner.shutdown();
    }
}
