// EXPECT: race-write @ line 75
package recall2;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Manages the output stream of a rolling log file. Appenders call write() from logging
 * threads; a time-based trigger thread rolls the file over periodically.
 */
public class RollingFileManager implements Closeable {

    private final Path directory;
    private final String baseName;
    private final ScheduledExecutorService trigger;
    private OutputStream out;
    private long bytesWritten;
    private int generation;

    public RollingFileManager(Path directory, String baseName) throws IOException {
        this.directory = directory;
        this.baseName = baseName;
        this.out = open(activeFile());
        this.trigger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rollover-trigger");
            t.setDaemon(true);
            return t;
        });
    }

    private Path activeFile() {
        return directory.resolve(baseName + ".log");
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
    }

    public void startTimeBasedRollover(long periodMillis) {
        trigger.scheduleAtFixedRate(() -> {
            try {
                rollover();
            } catch (IOException e) {
                System.err.println("rollover failed: " + e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public synchronized void write(byte[] data) throws IOException {
        out.write(data);
        bytesWritten += data.length;
    }

    public synchronized long getBytesWritten() {
        return bytesWritten;
    }

    /** Invoked by the trigger thread: archive the current file and start a new one. */
    public void rollover() throws IOException {
        OutputStream old = out;
        old.flush();
        Path archived = directory.resolve(baseName + "." + (++generation) + ".log");
        Files.move(activeFile(), archived, StandardCopyOption.REPLACE_EXISTING);
        out = open(activeFile());
        bytesWritten = 0;
        old.close();
    }

    @Override
    public synchronized void close() throws IOException {
        trigger.shutdownNow();
        out.close();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("rolling");
        try (RollingFileManager manager = new RollingFileManager(dir, "server")) {
            manager.startTimeBasedRollover(2);
            Thread[] loggers = new Thread[4];
            for (int t = 0; t < loggers.length; t++) {
                loggers[t] = new Thread(() -> {
                    byte[] line = "GET /health 200\n".getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 50_000; i++) {
                        try {
                            manager.write(line);
                        } catch (IOException e) {
                            System.err.println("lost log line: " + e.getMessage());
                        }
                    }
                });
                loggers[t].start();
            }
            for (Thread t : loggers) {
                t.join();
            }
        }
    }
}
