// EXPECT: none
package probe15c; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tracks job lifecycle (PENDING -> RUNNING -> DONE/FAILED, or PENDING -> CANCELLED).
 * Worker threads claim and finish jobs; API threads may cancel pending jobs at any time.
 */
public class JobStateStore {
    enum State { PENDING, RUNNING, DONE, FAILED, CANCELLED }

    static final class Job {
        final String id;
        final Runnable work;
        volatile State state = State.PENDING;

        Job(String id, Runnable work) {
            this.id = id;
            this.work = work;
        }
    }

    private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(3);

    public void add(String id, Runnable work) {
        jobs.putIfAbsent(id, new Job(id, work));
    }

    public void startWorkers() {
        for (int i = 0; i < 3; i++) {
            workers.execute(this::workLoop);
        }
    }

    public boolean cancel(String id) {
        Job job = jobs.get(id);
        return job != null && transition(job, State.PENDING, State.CANCELLED);
    }

    private synchronized boolean transition(Job job, State from, State to) {
        if (job.state != from) { // OK: check and update happen atomically under this store's monitor, which every state write holds
            return false;
        }
        job.state = to;
        return true;
    }

    private void workLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            for (Job job : jobs.values()) {
                if (transition(job, State.PENDING, State.RUNNING)) {
                    try {
                        job.work.run();
                        transition(job, State.RUNNING, State.DONE);
                    } catch (RuntimeException e) {
                        transition(job, State.RUNNING, State.FAILED);
                    }
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public State stateOf(String id) {
        Job job = jobs.get(id);
        return job == null ? null : job.state;
    }

    public void shutdown() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        JobStateStore store = new JobStateStore();
        for (int i = 0; i < 8; i++) {
            store.add("reindex-" + i, () -> { });
        }
        store.startWorkers();
        Thread canceller = new Thread(() -> store.cancel("reindex-7"));
        canceller.start();
        canceller.join();
        Thread.sleep(500);
        System.out.println("reindex-7: " + store.stateOf("reindex-7"));
        store.shutdown();
    }
}
