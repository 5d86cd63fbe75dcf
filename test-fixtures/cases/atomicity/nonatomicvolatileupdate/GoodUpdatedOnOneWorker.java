package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every update of the volatile counter runs on the one thread of a single-thread executor: one writer,
 * so no update is lost; other threads only read it, and volatile makes the count visible to them.
 */
public class GoodUpdatedOnOneWorker {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private volatile long processed;

    public void submit(Runnable job) {
        worker.execute(() -> {
            job.run();
            processed++;
        });
    }

    public long processed() {
        return processed;
    }
}
