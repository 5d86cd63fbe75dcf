// EXPECT: thread-starvation-deadlock @ line 32
package probe11c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Builds monthly tenant reports. Requests come from the nightly scheduler and
 * from the admin API; both hand them to a small dedicated report pool so
 * report generation cannot starve the request threads.
 */
public class ReportAssembler {

    private static final List<String> SECTIONS = List.of("usage", "billing", "incidents", "forecast");

    private final ExecutorService reportPool = Executors.newFixedThreadPool(2);

    public Future<String> requestReport(String tenant) {
        return reportPool.submit(() -> assemble(tenant));
    }

    private String assemble(String tenant) throws Exception {
        List<Future<String>> parts = new ArrayList<>();
        for (String section : SECTIONS) {
            parts.add(reportPool.submit(() -> renderSection(tenant, section)));
        }
        StringBuilder report = new StringBuilder("# Report for ").append(tenant).append('\n');
        for (Future<String> part : parts) {
            report.append(part.get()); // BUG: waits for section tasks queued on the same 2-thread pool; with two reports running, both workers block here and the sections never run
        }
        return report.toString();
    }

    private String renderSection(String tenant, String section) {
        StringBuilder sb = new StringBuilder("## ").append(section).append('\n');
        for (int i = 0; i < 5; i++) {
            sb.append(tenant).append('.').append(section).append('.').append(i)
              .append(" = ").append((tenant.hashCode() ^ section.hashCode()) % (i + 7)).append('\n');
        }
        return sb.toString();
    }

    public void shutdown() {
        reportPool.shutdown();
    }

    public static void main(String[] args) throws Exception {
        ReportAssembler assembler = new ReportAssembler();
        List<Future<String>> results = new ArrayList<>();

        ScheduledExecutorService nightly = Executors.newSingleThreadScheduledExecutor();
        Future<Future<String>> scheduled =
                nightly.schedule(() -> assembler.requestReport("acme"), 0, TimeUnit.MILLISECONDS);

        ExecutorService adminApi = Executors.newFixedThreadPool(2);
        Future<Future<String>> adhoc = adminApi.submit(() -> assembler.requestReport("globex"));

        results.add(scheduled.get());
        results.add(adhoc.get());
        for (Future<String> r : results) {
            System.out.println(r.get());
        }
        nightly.shutdown();
        adminApi.shutdown();
        assembler.shutdown();
    }
}
