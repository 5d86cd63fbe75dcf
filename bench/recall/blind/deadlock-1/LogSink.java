// EXPECT: class-init-deadlock @ line 16
package probe.dl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Base type for log sinks, with a process-wide default sink. */
public class LogSink {

    private static final String HOSTNAME = resolveHostName();

    public static final LogSink DEFAULT = new ConsoleLogSink(); // BUG: superclass static init instantiates a subclass; concurrent first use of LogSink and ConsoleLogSink deadlocks in class initialization

    private final String name;

    private static String resolveHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    protected LogSink(String name) {
        this.name = name;
    }

    public void write(String message) {
        // base sink discards
    }

    public String name() {
        return name;
    }

    public static class ConsoleLogSink extends LogSink {
        private static final String PREFIX = System.getProperty("log.prefix", "[app] ");

        public ConsoleLogSink() {
            super("console");
        }

        @Override
        public void write(String message) {
            System.out.println(PREFIX + HOSTNAME + " " + message);
        }
    }

    /** Application bootstrap: two subsystems grab their sinks in parallel. */
    public static final class Bootstrap {
        public static void main(String[] args) throws Exception {
            ExecutorService boot = Executors.newFixedThreadPool(2);
            Future<LogSink> httpSink = boot.submit(() -> LogSink.DEFAULT);
            Future<LogSink> jobSink = boot.submit(() -> new ConsoleLogSink());
            httpSink.get(5, TimeUnit.SECONDS).write("http subsystem ready");
            jobSink.get(5, TimeUnit.SECONDS).write("job subsystem ready");
            boot.shutdown();
        }
    }
}
