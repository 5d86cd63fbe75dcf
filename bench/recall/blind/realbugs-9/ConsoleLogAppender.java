// EXPECT: none
package probe9b; import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes formatted log lines to stdout.
 * append() is called concurrently by application threads; stop() is called
 * from the JVM shutdown hook while other threads may still be logging.
 */
public class ConsoleLogAppender {
    private final Object lock = new Object();
    private Writer writer;
    private long linesWritten;
    private long dropped;

    public void start() {
        synchronized (lock) {
            writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        }
    }

    public void append(String level, String logger, String message) {
        String line = Instant.now() + " [" + Thread.currentThread().getName() + "] "
                + level + " " + logger + " - " + message + System.lineSeparator();
        synchronized (lock) {
            if (writer == null) {
                dropped++;
                return;
            }
            try {
                writer.write(line); // OK: check and write happen under the same lock that stop() holds while closing and nulling the writer
                writer.flush();
                linesWritten++;
            } catch (IOException e) {
                dropped++;
            }
        }
    }

    public void stop() {
        synchronized (lock) {
            if (writer == null) {
                return;
            }
            try {
                writer.flush();
            } catch (IOException ignored) {
                // best effort on shutdown
            } finally {
                writer = null;
            }
        }
    }

    public long[] counters() {
        synchronized (lock) {
            return new long[] {linesWritten, dropped};
        }
    }

    public static void main(String[] args) throws Exception {
        ConsoleLogAppender appender = new ConsoleLogAppender();
        appender.start();
        Runtime.getRuntime().addShutdownHook(new Thread(appender::stop, "log-shutdown"));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            int n = i;
            workers.submit(() -> appender.append("INFO", "com.acme.Billing", "invoice " + n));
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
