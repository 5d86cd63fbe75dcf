// EXPECT: none
package probe6b;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The set of appenders attached to one named logger.
 *
 * <p><b>Thread-safety:</b> instances are shared by all threads. {@link #log(String)} and
 * {@link #getAppenders()} are called from any application thread; {@link #attach} and
 * {@link #detach} are called by the {@code log-reconfig} thread. Mutators copy the list
 * under a lock and publish a new immutable snapshot (copy-on-write).
 */
public final class AppenderAttachments {

    public interface Appender {
        void append(String loggerName, String message);
    }

    private final String loggerName;
    private final Object writeLock = new Object();
    private volatile List<Appender> appenders = List.of(); // immutable snapshot

    public AppenderAttachments(String loggerName) {
        this.loggerName = loggerName;
    }

    public void attach(Appender appender) {
        synchronized (writeLock) {
            List<Appender> next = new ArrayList<>(appenders);
            next.add(appender);
            appenders = List.copyOf(next);
        }
    }

    public void detach(Appender appender) {
        synchronized (writeLock) {
            List<Appender> next = new ArrayList<>(appenders);
            next.remove(appender);
            appenders = List.copyOf(next);
        }
    }

    /** Returns the appenders currently attached; the returned list is unmodifiable. */
    public List<Appender> getAppenders() {
        return appenders; // OK: returns an immutable copy-on-write snapshot read from a volatile field; mutators never modify a published list
    }

    /** Dispatches a message to every attached appender. Called from any thread. */
    public void log(String message) {
        for (Appender a : getAppenders()) {
            a.append(loggerName, message);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AppenderAttachments attachments = new AppenderAttachments("com.example.app");
        attachments.attach((logger, msg) -> System.out.println(logger + " - " + msg));

        ExecutorService appThreads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            appThreads.submit(() -> attachments.log("request " + n));
        }
        Thread reconfig = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                Appender extra = (logger, msg) -> { };
                attachments.attach(extra);
                attachments.detach(extra);
            }
        }, "log-reconfig");
        reconfig.start();
        reconfig.join();
        appThreads.shutdown();
        appThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
