package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.Executor;

/**
 * A buffered output whose count of bytes begun is updated by the one thread that writes, as the methods
 * that update it document; the flushing thread only reads it (the volatile is for that reader). Two
 * writer tasks are handed over by the program, but the contract says only one writes at a time: its
 * callers order the runs, and no lost update is reported inside.
 */
public class GoodUpdatedOnlyByDocumentedWriterThread {
    private volatile long flushing;
    private volatile long flushed;

    /**
     * Reserves room for the next write. This may only be invoked by the writer thread, never by the
     * flusher.
     */
    void beginFlush(long bytes) {
        flushing += bytes;
    }

    long pending() {
        return flushing - flushed;
    }

    void flushedUpTo(long bytes) {
        flushed = bytes;
    }

    public void start(Executor writers, long first, long second) {
        writers.execute(() -> beginFlush(first));
        writers.execute(() -> beginFlush(second));
    }
}
