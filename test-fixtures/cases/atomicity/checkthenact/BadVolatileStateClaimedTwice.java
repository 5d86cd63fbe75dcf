package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Pollers on several pool threads claim pending jobs by testing and then setting a volatile state: two
 * pollers can both see PENDING, both are told they claimed the job, and both run it.
 */
public class BadVolatileStateClaimedTwice {
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
                job.state = State.DONE;
            }
        }
    }

    boolean tryClaim(Job job) {
        if (job.state == State.PENDING) { // related: CheckThenAct['`job.state` is tested here']
            job.state = State.RUNNING; // expect: CheckThenAct['check-then-act on volatile `job.state`'], CheckThenAct['both return `true` at line 49']
            return true; // related: CheckThenAct['every thread that passed the test returns `true` here']
        }
        return false;
    }
}
