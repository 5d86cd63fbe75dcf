package sendsync.blockinginasync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The look-alike hands the sections to a pool of their own: a report task's wait never holds their threads. */
public class GoodReportTaskWaitsForPartsOnOtherPool {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ExecutorService sections = Executors.newFixedThreadPool(4);

    public Future<String> requestReport(String tenant) {
        return pool.submit(() -> assemble(tenant));
    }

    private String assemble(String tenant) throws Exception {
        List<Future<String>> parts = new ArrayList<>();
        for (String section : List.of("usage", "billing")) {
            parts.add(sections.submit(() -> tenant + "." + section));
        }
        StringBuilder report = new StringBuilder();
        for (Future<String> part : parts) {
            report.append(part.get());
        }
        return report.toString();
    }
}
