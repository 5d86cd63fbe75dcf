// EXPECT: none
package probe17b; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Status-code counters for one gateway endpoint. Request worker threads call record()
 * after each response; a scheduled reporter publishes and resets the counters.
 */
public class EndpointErrorCounters {

    public record Snapshot(String endpoint, long total, long clientErrors, long serverErrors) {}

    private final String endpoint;
    private long total;
    private long clientErrors;
    private long serverErrors;

    public EndpointErrorCounters(String endpoint) {
        this.endpoint = endpoint;
    }

    public synchronized void record(int status) {
        total++;
        if (status >= 400) {
            countError(status);
        }
    }

    private void countError(int status) {
        if (status >= 500) {
            serverErrors++; // OK: countError() is private and only called from synchronized record(), so the monitor is held
        } else {
            clientErrors += 1;
        }
    }

    public synchronized Snapshot snapshotAndReset() {
        Snapshot s = new Snapshot(endpoint, total, clientErrors, serverErrors);
        total = 0;
        clientErrors = 0;
        serverErrors = 0;
        return s;
    }

    public static void main(String[] args) throws InterruptedException {
        EndpointErrorCounters counters = new EndpointErrorCounters("POST /payments");
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(() -> System.out.println(counters.snapshotAndReset()),
                100, 100, TimeUnit.MILLISECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        int[] statuses = {200, 200, 201, 204, 400, 401, 404, 429, 500, 502, 503};
        for (int i = 0; i < 100_000; i++) {
            workers.execute(() -> counters.record(statuses[ThreadLocalRandom.current().nextInt(statuses.length)]));
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        reporter.shutdown();
        reporter.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println("final " + counters.snapshotAndReset());
    }
}
