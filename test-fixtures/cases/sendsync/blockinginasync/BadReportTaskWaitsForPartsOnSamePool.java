package sendsync.blockinginasync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Each report is assembled by a task of a two-thread pool that hands its sections to the same pool and
 * waits for them: two reports requested at once take both threads, and their sections never start.
 */
public class BadReportTaskWaitsForPartsOnSamePool {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public Future<String> requestReport(String tenant) {
        return pool.submit(() -> assemble(tenant));
    }

    private String assemble(String tenant) throws Exception {
        List<Future<String>> parts = new ArrayList<>();
        for (String section : List.of("usage", "billing")) {
            parts.add(pool.submit(() -> tenant + "." + section));
        }
        StringBuilder report = new StringBuilder();
        for (Future<String> part : parts) {
            report.append(part.get()); // expect: BlockingInAsync['`part.get()` waits, in a task handed to the fixed pool `pool`, for a task handed to that same pool']
        }
        return report.toString();
    }
}
