// EXPECT: iteration-while-modified @ line 46
package probe17c; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs Monte Carlo replicates of an M/M/1 queue on a worker pool while a
 * scheduled reporter thread periodically prints the running mean waiting time
 * over all replicates completed so far.
 */
public class ReplicateProgressMonitor {

    public record ReplicateSummary(long seed, double meanWait, int customers) { }

    private final List<ReplicateSummary> completed = Collections.synchronizedList(new ArrayList<>());
    private final double arrivalRate;
    private final double serviceRate;

    public ReplicateProgressMonitor(double arrivalRate, double serviceRate) {
        this.arrivalRate = arrivalRate;
        this.serviceRate = serviceRate;
    }

    void runReplicate(long seed, int customers) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double arrival = 0.0;
        double serverFree = 0.0;
        double totalWait = 0.0;
        for (int c = 0; c < customers; c++) {
            arrival += -Math.log(1.0 - rnd.nextDouble()) / arrivalRate;
            double start = Math.max(arrival, serverFree);
            totalWait += start - arrival;
            serverFree = start - Math.log(1.0 - rnd.nextDouble()) / serviceRate;
        }
        completed.add(new ReplicateSummary(seed, totalWait / customers, customers));
    }

    void report() {
        double sum = 0.0;
        int n = 0;
        for (ReplicateSummary s : completed) { // BUG: iterates a synchronizedList without holding its lock while pool workers add to it; ConcurrentModificationException / torn reads
            sum += s.meanWait();
            n++;
        }
        if (n > 0) {
            System.out.printf("%d replicates, mean wait %.4f%n", n, sum / n);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ReplicateProgressMonitor monitor = new ReplicateProgressMonitor(0.9, 1.0);
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        reporter.scheduleAtFixedRate(monitor::report, 50, 50, TimeUnit.MILLISECONDS);

        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (long seed = 1; seed <= 2_000; seed++) {
            long s = seed;
            workers.execute(() -> monitor.runReplicate(s, 20_000));
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
        reporter.shutdown();
        reporter.awaitTermination(1, TimeUnit.SECONDS);
        monitor.report();
    }
}
