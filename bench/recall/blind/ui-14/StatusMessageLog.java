// EXPECT: none
package probe14b; import java.text.SimpleDateFormat;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Backing model of the status-bar message history. Background jobs (upload,
 * backup, update check) call post() from their own threads; messages are
 * formatted and appended on the UI dispatch thread.
 */
public class StatusMessageLog {

    private static final int MAX_MESSAGES = 200;

    private final SimpleDateFormat timestamp = new SimpleDateFormat("HH:mm:ss"); // dispatch thread only
    private final ExecutorService dispatchThread;
    private final Deque<String> messages = new ArrayDeque<>();                   // dispatch thread only
    private int appendedSinceRender;                                             // dispatch thread only

    public StatusMessageLog(ExecutorService dispatchThread) {
        this.dispatchThread = dispatchThread;
    }

    /** May be called from any thread. */
    public void post(String source, String message) {
        long when = System.currentTimeMillis();
        dispatchThread.execute(() -> append(when, source, message));
    }

    private void append(long when, String source, String message) {
        String stamp = timestamp.format(new Date(when)); // OK: append() only ever runs on the single dispatch thread, so the SimpleDateFormat is thread-confined
        messages.addLast(stamp + " " + source + ": " + message);
        if (messages.size() > MAX_MESSAGES) {
            messages.removeFirst();
        }
        if (++appendedSinceRender >= 25) {
            render();
        }
    }

    private void render() {
        appendedSinceRender = 0;
        System.out.println("status history: " + messages.size() + " messages, last = " + messages.peekLast());
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        StatusMessageLog log = new StatusMessageLog(dispatchThread);
        ExecutorService jobs = Executors.newFixedThreadPool(3, r -> new Thread(r, "background-job"));

        String[] sources = {"upload", "backup", "updates"};
        for (String source : sources) {
            jobs.execute(() -> {
                for (int i = 0; i < 300; i++) {
                    log.post(source, "step " + i + " done");
                }
            });
        }
        jobs.shutdown();
        jobs.awaitTermination(1, TimeUnit.MINUTES);
        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
