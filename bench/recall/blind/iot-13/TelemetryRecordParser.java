// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 35
package probe13c; import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parses CSV telemetry lines uploaded by legacy data loggers, e.g.
 * {@code logger-7,2024-03-01T12:00:05,humidity,41.5}. Lines are parsed by a
 * pool of ingest workers, one task per line.
 */
public class TelemetryRecordParser {

    public record Reading(String loggerId, long epochMs, String metric, double value) {}

    private static final SimpleDateFormat TIMESTAMP_FORMAT = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss");

    static {
        TIMESTAMP_FORMAT.setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    private final AtomicLong malformed = new AtomicLong();

    public Reading parse(String line) {
        String[] fields = line.split(",");
        if (fields.length != 4) {
            malformed.incrementAndGet();
            return null;
        }
        try {
            Date ts = TIMESTAMP_FORMAT.parse(fields[1]); // BUG: shared static SimpleDateFormat is not thread-safe; parse() is called from several pool threads
            return new Reading(fields[0], ts.getTime(), fields[2], Double.parseDouble(fields[3]));
        } catch (ParseException | NumberFormatException e) {
            malformed.incrementAndGet();
            return null;
        }
    }

    public long malformedCount() {
        return malformed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        TelemetryRecordParser parser = new TelemetryRecordParser();
        ExecutorService ingest = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20_000; i++) {
            String line = "logger-" + (i % 9) + ",2024-03-0" + (1 + i % 9) + "T12:"
                    + String.format("%02d", i % 60) + ":05,humidity," + (30 + i % 40);
            ingest.execute(() -> {
                Reading r = parser.parse(line);
                if (r != null && r.epochMs() < 1_700_000_000_000L) {
                    System.out.println("corrupt timestamp from " + line);
                }
            });
        }
        ingest.shutdown();
        ingest.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("malformed=" + parser.malformedCount());
    }
}
