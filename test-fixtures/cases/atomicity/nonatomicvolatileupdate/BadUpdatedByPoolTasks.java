package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same counter updated by tasks of a pool of four threads: two tasks update it at once and one
 * update is lost. The message names the thread that runs the update and why.
 */
public class BadUpdatedByPoolTasks {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private volatile long processed;

    public void submit(Runnable job) {
        pool.execute(() -> {
            job.run();
            processed++; // expect: NonAtomicVolatileUpdate['two threads can run it at once']
        });
    }

    public long processed() {
        return processed;
    }
}
