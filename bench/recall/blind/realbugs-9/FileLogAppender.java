// EXPECT: close-races-use @ line 42
package probe9b; import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Appends formatted log lines to a file.
 * append() is called concurrently by application threads; stop() is called
 * from the JVM shutdown hook (or by a reconfiguration) while they may still log.
 */
public class FileLogAppender {
    private final Path path;
    private final Object lock = new Object();
    private volatile Writer writer;
    private long linesWritten;

    public FileLogAppender(Path path) {
        this.path = path;
    }

    public void start() throws IOException {
        synchronized (lock) {
            writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    public void append(String level, String logger, String message) {
        if (writer == null) {
            return; // not started or already stopped
        }
        String line = Instant.now() + " [" + Thread.currentThread().getName() + "] "
                + level + " " + logger + " - " + message + System.lineSeparator();
        try {
            writer.write(line); // BUG: writer re-read without the lock; stop() can close and null it after the check above (NPE / write to closed stream)
            synchronized (lock) {
                linesWritten++;
            }
        } catch (IOException e) {
            System.err.println("appender failure: " + e.getMessage());
        }
    }

    public void stop() {
        synchronized (lock) {
            Writer w = writer;
            if (w == null) {
                return;
            }
            try {
                w.flush();
                w.close();
            } catch (IOException e) {
                System.err.println("failed to close " + path + ": " + e.getMessage());
            } finally {
                writer = null;
            }
        }
    }

    public long getLinesWritten() {
        synchronized (lock) {
            return linesWritten;
        }
    }

    public static void main(String[] args) throws Exception {
        FileLogAppender appender = new FileLogAppender(Files.createTempFile("app", ".log"));
        appender.start();
        Runtime.getRuntime().addShutdownHook(new Thread(appender::stop, "log-shutdown"));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            workers.submit(() -> appender.append("INFO", "com.acme.Orders", "processed order " + n));
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
