// EXPECT: visibility-of-stop-flag @ line 14
package probe15a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

// Background thread that merges small segment files. The storage engine
// starts it at open() and calls shutdownAndWait() from the closing thread.
public class CompactionWorker extends Thread {

    record CompactionJob(List<String> inputs, String output) {
    }

    private final ConcurrentLinkedQueue<CompactionJob> pending = new ConcurrentLinkedQueue<>();
    private boolean stopRequested; // BUG: non-volatile stop flag written by closer thread, polled in run() loop
    private long completed;

    public CompactionWorker() {
        super("compaction-worker");
        setDaemon(true);
    }

    public void schedule(CompactionJob job) {
        pending.add(job);
    }

    @Override
    public void run() {
        int idleRounds = 0;
        while (!stopRequested) {
            CompactionJob job = pending.poll();
            if (job == null) {
                idleRounds++;
                Thread.onSpinWait();
                continue;
            }
            idleRounds = 0;
            merge(job);
            completed++;
        }
    }

    private void merge(CompactionJob job) {
        List<String> rows = new ArrayList<>();
        for (String input : job.inputs()) {
            rows.add(input + ":row");
        }
        rows.sort(null);
        // write rows to job.output() and fsync
    }

    public void shutdownAndWait() throws InterruptedException {
        stopRequested = true;
        join();
    }

    // Meaningful only after shutdownAndWait() has joined the worker.
    public long completed() {
        return completed;
    }

    public static void main(String[] args) throws Exception {
        CompactionWorker worker = new CompactionWorker();
        worker.start();
        for (int i = 0; i < 100; i++) {
            worker.schedule(new CompactionJob(List.of("seg-" + i, "seg-" + (i + 1)), "merged-" + i));
        }
        Thread.sleep(200);
        worker.shutdownAndWait();
        System.out.println("compactions completed: " + worker.completed());
    }
}
