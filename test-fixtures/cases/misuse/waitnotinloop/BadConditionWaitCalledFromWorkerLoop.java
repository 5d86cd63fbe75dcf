package misuse.waitnotinloop;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code take} waits once under a test of the queue's state, and its workers call it in a loop. The
 * workers' loop does not re-check the condition before {@code removeFirst}: after a spurious wakeup, or
 * when two workers woken by one {@code notifyAll} race for one job, the queue is empty there.
 */
public class BadConditionWaitCalledFromWorkerLoop {
    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private boolean shutdown;

    public synchronized void submit(Runnable job) {
        jobs.addLast(job);
        notifyAll();
    }

    public synchronized Runnable take() throws InterruptedException {
        if (jobs.isEmpty() && !shutdown) {
            wait(); // expect: WaitNotInLoop['`this.wait()` is not in a loop']
        }
        if (shutdown && jobs.isEmpty()) {
            return null;
        }
        return jobs.removeFirst();
    }

    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    public void work() throws InterruptedException {
        Runnable job;
        while ((job = take()) != null) {
            job.run();
        }
    }
}
