// EXPECT: check-then-act @ line 62
package probe15c; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small job table polled by several worker threads. Each worker scans the
 * table and runs any job it manages to claim. Jobs are added by API threads.
 */
public class JobClaimPoller {
    enum State { PENDING, RUNNING, SUCCEEDED, FAILED }

    static final class JobRecord {
        final String id;
        final Runnable work;
        volatile State state = State.PENDING;
        volatile String owner;

        JobRecord(String id, Runnable work) {
            this.id = id;
            this.work = work;
        }
    }

    private final ConcurrentHashMap<String, JobRecord> jobs = new ConcurrentHashMap<>();
    private final int workerCount;
    private final ExecutorService pollers;

    public JobClaimPoller(int workerCount) {
        this.workerCount = workerCount;
        this.pollers = Executors.newFixedThreadPool(workerCount);
    }

    public void add(String id, Runnable work) {
        jobs.putIfAbsent(id, new JobRecord(id, work));
    }

    public void start() {
        for (int i = 0; i < workerCount; i++) {
            pollers.execute(this::pollLoop);
        }
    }

    private void pollLoop() {
        String me = Thread.currentThread().getName();
        while (!Thread.currentThread().isInterrupted()) {
            for (JobRecord record : jobs.values()) {
                if (tryClaim(record, me)) {
                    execute(record);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    boolean tryClaim(JobRecord record, String worker) {
        if (record.state == State.PENDING) { // BUG: check-then-act on volatile state; two pollers can both see PENDING and run the job twice
            record.state = State.RUNNING;
            record.owner = worker;
            return true;
        }
        return false;
    }

    private void execute(JobRecord record) {
        try {
            record.work.run();
            record.state = State.SUCCEEDED;
        } catch (RuntimeException e) {
            record.state = State.FAILED;
        }
    }

    public State stateOf(String id) {
        JobRecord record = jobs.get(id);
        return record == null ? null : record.state;
    }

    public void stop() throws InterruptedException {
        pollers.shutdownNow();
        pollers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        JobClaimPoller poller = new JobClaimPoller(3);
        poller.start();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            poller.add("invoice-" + i, () -> System.out.println("charging invoice " + n));
        }
        Thread.sleep(1000);
        poller.stop();
    }
}
