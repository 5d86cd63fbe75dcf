// EXPECT: none
package probe.dl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Log appender shared by all worker threads; rolls to a new segment every N records. */
// OK: formatting happens before lock(), and the lock is released in a finally block that immediately follows lock()
public class RollingFileAppender {

    private final ReentrantLock lock = new ReentrantLock();
    private final int recordsPerSegment;
    private Writer segment = new StringWriter();
    private int segmentNo;
    private int recordsInSegment;

    public RollingFileAppender(int recordsPerSegment) {
        this.recordsPerSegment = recordsPerSegment;
    }

    public void append(String level, String pattern, Object... args) throws IOException {
        String line = level + " " + String.format(Locale.ROOT, pattern, args) + '\n';
        lock.lock();
        try {
            if (recordsInSegment == recordsPerSegment) {
                segment.close();
                segment = new StringWriter();
                segmentNo++;
                recordsInSegment = 0;
            }
            segment.write(line);
            recordsInSegment++;
        } finally {
            lock.unlock();
        }
    }

    public int currentSegment() {
        lock.lock();
        try {
            return segmentNo;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RollingFileAppender appender = new RollingFileAppender(50);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            final int n = i;
            workers.execute(() -> {
                try {
                    appender.append("INFO", "processed order %d", n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("segments rolled: " + appender.currentSegment());
    }
}
