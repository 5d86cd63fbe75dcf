// EXPECT: exposed-mutable-collection @ line 40
package probe6b;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Per-logger configuration: the appenders that receive the events of one named logger.
 *
 * <p><b>Thread-safety:</b> instances are shared by all threads. {@link #log(String)} is
 * called from any application thread; {@link #addAppender} and {@link #removeAppender}
 * are called by the {@code log-reconfig} thread when the configuration file changes.
 */
public final class LoggerConfig {

    public interface Appender {
        void append(String loggerName, String message);
    }

    private final String name;
    private final List<Appender> appenders = new ArrayList<>(); // guarded by this

    public LoggerConfig(String name) {
        this.name = name;
    }

    public synchronized void addAppender(Appender appender) {
        appenders.add(appender);
    }

    public synchronized void removeAppender(Appender appender) {
        appenders.remove(appender);
    }

    /** Returns the appenders currently attached to this logger. */
    public synchronized List<Appender> getAppenders() {
        return appenders; // BUG: returns the internal mutable ArrayList; callers iterate it after the lock is released while the reconfig thread mutates it
    }

    /** Dispatches a message to every attached appender. Called from any thread. */
    public void log(String message) {
        for (Appender a : getAppenders()) {
            a.append(name, message);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LoggerConfig config = new LoggerConfig("com.example.app");
        config.addAppender((logger, msg) -> System.out.println(logger + " - " + msg));

        ExecutorService appThreads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            appThreads.submit(() -> config.log("request " + n));
        }
        Thread reconfig = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                Appender extra = (logger, msg) -> { };
                config.addAppender(extra);
                config.removeAppender(extra);
            }
        }, "log-reconfig");
        reconfig.start();
        reconfig.join();
        appThreads.shutdown();
        appThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
