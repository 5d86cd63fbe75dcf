package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.ExecutorService;

/**
 * The look-alike of the sequential executor: the same factory's pool, documented to have several
 * threads, runs two updates at once and one is lost.
 */
public class BadUpdatedOnProgramPool {
    private final ExecutorService workers;
    private volatile long written;

    public BadUpdatedOnProgramPool(ExecutorsOfTheProgram executors) {
        this.workers = executors.pooled("workers", 4);
    }

    public void write(Runnable job) {
        workers.execute(() -> {
            job.run();
            written++; // expect: NonAtomicVolatileUpdate['two threads can run it at once']
        });
    }

    public long written() {
        return written;
    }
}
