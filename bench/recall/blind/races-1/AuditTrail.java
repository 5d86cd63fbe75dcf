// EXPECT: shared-non-thread-safe-object-SimpleDateFormat @ line 25
package probe.races;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Formats security audit events on a writer pool and appends them to the audit sink. */
public class AuditTrail {
    private static final SimpleDateFormat TIMESTAMP = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final BlockingQueue<String> sink = new LinkedBlockingQueue<>();
    private final ExecutorService writers = Executors.newFixedThreadPool(4);

    public void record(String user, String action) {
        Date when = new Date();
        writers.submit(() -> sink.add(render(user, action, when)));
    }

    static String render(String user, String action, Date when) {
        return TIMESTAMP.format(when) + " user=" + user + " action=" + action; // BUG: shared static SimpleDateFormat is not thread-safe but is used concurrently by writer threads
    }

    public int flush() throws InterruptedException {
        writers.shutdown();
        writers.awaitTermination(5, TimeUnit.SECONDS);
        return sink.size();
    }

    public static void main(String[] args) throws InterruptedException {
        AuditTrail audit = new AuditTrail();
        String[] actions = {"LOGIN", "EXPORT_REPORT", "CHANGE_ROLE", "LOGOUT"};
        for (int i = 0; i < 5_000; i++) {
            audit.record("user" + (i % 37), actions[i % actions.length]);
        }
        System.out.println("wrote " + audit.flush() + " audit lines");
        audit.sink.stream().limit(3).forEach(System.out::println);
    }
}
