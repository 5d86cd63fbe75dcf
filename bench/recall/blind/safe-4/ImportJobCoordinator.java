// EXPECT: single-thread-executor-state-read-by-unsynchronized-getter @ line 38
package probe4.safe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// Coordinates CSV import jobs; all job bookkeeping runs on one coordinator thread.
public class ImportJobCoordinator {

    enum Status { QUEUED, RUNNING, DONE }

    private final Map<String, Status> statuses = new HashMap<>();
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-coordinator"));

    public Future<?> submit(String jobId, int rows) {
        return coordinator.submit(() -> {
            statuses.put(jobId, Status.RUNNING);
            long checksum = 0;
            for (int i = 0; i < rows; i++) {
                checksum += (jobId.hashCode() ^ i) & 0xff;
            }
            statuses.put(jobId, checksum > 0 ? Status.DONE : Status.QUEUED);
        });
    }

    public Future<Integer> completedCount() {
        return coordinator.submit(() -> (int) statuses.values().stream().filter(s -> s == Status.DONE).count());
    }

    /** Polled by the HTTP status endpoint. */
    public Status statusOf(String jobId) {
        return statuses.get(jobId); // BUG: reads the coordinator-owned HashMap from a caller thread without going through the executor (data race)
    }

    public void shutdown() throws InterruptedException {
        coordinator.shutdown();
        coordinator.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        ImportJobCoordinator jobs = new ImportJobCoordinator();
        List<Future<?>> submitted = new ArrayList<>();
        Thread poller = new Thread(() -> {
            int seenDone = 0;
            for (int i = 0; i < 20_000; i++) {
                if (jobs.statusOf("job-" + (i % 200)) == Status.DONE) {
                    seenDone++;
                }
            }
            System.out.println("poller observed DONE " + seenDone + " times");
        }, "http-status");
        poller.start();
        for (int i = 0; i < 200; i++) {
            submitted.add(jobs.submit("job-" + i, 10_000));
        }
        for (Future<?> f : submitted) {
            f.get();
        }
        poller.join();
        System.out.println("completed=" + jobs.completedCount().get());
        jobs.shutdown();
    }
}
