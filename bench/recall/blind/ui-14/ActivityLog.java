// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 30
package probe14b; import java.text.SimpleDateFormat;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Backing model of the "Activity" side panel. Background jobs (sync, indexing,
 * thumbnail generation) call log() from their own threads; lines are appended to
 * the panel on the UI dispatch thread.
 */
public class ActivityLog {

    private static final int MAX_LINES = 500;
    private static final SimpleDateFormat TIMESTAMP = new SimpleDateFormat("HH:mm:ss.SSS");

    private final ExecutorService dispatchThread;
    private final Deque<String> lines = new ArrayDeque<>(); // dispatch thread only
    private int appendedSinceRender;                        // dispatch thread only

    public ActivityLog(ExecutorService dispatchThread) {
        this.dispatchThread = dispatchThread;
    }

    /** May be called from any thread. */
    public void log(String source, String message) {
        String stamp = TIMESTAMP.format(new Date()); // BUG: one SimpleDateFormat shared by all job threads; format() mutates its internal Calendar and is not thread-safe
        String line = stamp + " [" + source + "] " + message;
        dispatchThread.execute(() -> append(line));
    }

    private void append(String line) {
        lines.addLast(line);
        if (lines.size() > MAX_LINES) {
            lines.removeFirst();
        }
        if (++appendedSinceRender >= 25) {
            render();
        }
    }

    private void render() {
        appendedSinceRender = 0;
        System.out.println("activity panel: " + lines.size() + " lines, last = " + lines.peekLast());
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        ActivityLog log = new ActivityLog(dispatchThread);
        ExecutorService jobs = Executors.newFixedThreadPool(3, r -> new Thread(r, "background-job"));

        String[] sources = {"sync", "indexer", "thumbnails"};
        for (String source : sources) {
            jobs.execute(() -> {
                for (int i = 0; i < 300; i++) {
                    log.log(source, "processed item " + i);
                }
            });
        }
        jobs.shutdown();
        jobs.awaitTermination(1, TimeUnit.MINUTES);
        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
