// EXPECT: none
package probe16b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Records messages that bounced off stopped actors. record() is called
 * concurrently by every dispatcher thread; all bookkeeping is handed to a
 * dedicated single-threaded log executor so the list never leaves that thread.
 */
public class UndeliveredMessageLog {

    public record Entry(String recipient, Object message, String reason) {}

    private final List<Entry> entries = new ArrayList<>();
    private final ExecutorService logThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "undelivered-log");
        t.setDaemon(true);
        return t;
    });
    private final int maxEntries;

    public UndeliveredMessageLog(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public void record(String recipient, Object message, String reason) {
        Entry entry = new Entry(recipient, message, reason);
        logThread.execute(() -> {
            if (entries.size() >= maxEntries) {
                entries.remove(0);
            }
            entries.add(entry); // OK: list is confined to the single log thread; callers only hand off immutable entries
        });
    }

    public Future<List<Entry>> snapshot() {
        return logThread.submit(() -> List.copyOf(entries));
    }

    public void close() throws InterruptedException {
        logThread.shutdown();
        logThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        UndeliveredMessageLog log = new UndeliveredMessageLog(1_000);
        ExecutorService dispatchers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 50_000; i++) {
            final int n = i;
            dispatchers.execute(() -> {
                if (n % 7 == 0) {
                    log.record("actor-" + (n % 32), "payload-" + n, "actor terminated");
                }
            });
        }
        dispatchers.shutdown();
        dispatchers.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("kept " + log.snapshot().get().size() + " entries");
        log.close();
    }
}
