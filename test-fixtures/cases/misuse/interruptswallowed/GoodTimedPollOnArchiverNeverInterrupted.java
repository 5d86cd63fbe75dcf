package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An archiver whose loop polls its queue with a timeout on a single-thread executor the archiver keeps
 * to itself: nothing calls {@code shutdownNow()} on it and the loop's future is dropped, so the timed
 * poll is never interrupted, and the catch-all around it loses nothing. {@code stop()} waits on a later
 * task's future, which interrupts no one (cassandra's ExternalArchiver).
 */
public class GoodTimedPollOnArchiverNeverInterrupted {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> archiveQueue = new LinkedBlockingQueue<>();
    private volatile boolean shouldContinue = true;

    public GoodTimedPollOnArchiverNeverInterrupted() {
        executor.execute(() -> {
            while (shouldContinue) {
                try {
                    String file = archiveQueue.poll(100, TimeUnit.MILLISECONDS);
                    if (file != null) {
                        System.out.println("archiving " + file);
                    }
                } catch (Throwable t) {
                    System.err.println("archiving failed: " + t);
                }
            }
        });
    }

    public void archive(String file) {
        archiveQueue.add(file);
    }

    public void stop() throws InterruptedException, ExecutionException {
        shouldContinue = false;
        executor.submit(() -> { }).get();
    }
}
