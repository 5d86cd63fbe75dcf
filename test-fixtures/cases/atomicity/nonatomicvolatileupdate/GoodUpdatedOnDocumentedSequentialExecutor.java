package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.ExecutorService;

/**
 * Every update of the volatile counters runs on an executor the program documents as sequential (one
 * task at a time): one writer at a time, each task ordered after the one before, so no update is lost.
 * One executor comes straight from the documented factory method, the other from a documented
 * configuration built through the builder's fluent calls.
 */
public class GoodUpdatedOnDocumentedSequentialExecutor {
    private final ExecutorService writer;
    private final ExecutorService sizer;
    private volatile long written;
    private volatile long measured;

    public GoodUpdatedOnDocumentedSequentialExecutor(ExecutorsOfTheProgram executors) {
        this.writer = executors.sequential("writer");
        this.sizer = executors.configureSequential("sizer").withQueueLimit(1).build();
    }

    public void write(Runnable job) {
        writer.execute(() -> {
            job.run();
            written++;
        });
    }

    public void measure(long bytes) {
        sizer.execute(() -> measured += bytes);
    }

    public long written() {
        return written;
    }

    public long measured() {
        return measured;
    }
}
