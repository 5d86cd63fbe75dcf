package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same pollers, but the claim tests and sets the state holding the job's monitor, so one poller wins;
 * a state set without a claim (marking a job done) tells nobody they won.
 */
public class GoodVolatileStateClaimedUnderLock {
    enum State { PENDING, RUNNING, DONE }

    static final class Job {
        final Runnable work;
        volatile State state = State.PENDING;

        Job(Runnable work) {
            this.work = work;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService pollers = Executors.newFixedThreadPool(3);

    public void add(String id, Runnable work) {
        jobs.putIfAbsent(id, new Job(work));
    }

    public void start() {
        for (int i = 0; i < 3; i++) {
            pollers.execute(this::poll);
        }
    }

    private void poll() {
        for (Job job : jobs.values()) {
            if (tryClaim(job)) {
                job.work.run();
                markDone(job);
            }
        }
    }

    boolean tryClaim(Job job) {
        synchronized (job) {
            if (job.state == State.PENDING) {
                job.state = State.RUNNING;
                return true;
            }
            return false;
        }
    }

    void markDone(Job job) {
        if (job.state == State.RUNNING) {
            job.state = State.DONE;
        }
    }
}
