// EXPECT: none
package probe13c; import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Formats buffered sensor samples as CSV for the nightly export to the
 * data lake. Each device's samples are formatted as a separate task on the
 * export pool, so {@link #toCsvLine} is called from several threads.
 */
public class SampleExportFormatter {

    public record Sample(String deviceId, long epochMs, String metric, double value) {}

    private static final DateTimeFormatter TIMESTAMP_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    public String toCsvLine(Sample sample) {
        String ts = TIMESTAMP_FORMAT.format(Instant.ofEpochMilli(sample.epochMs())); // OK: DateTimeFormatter is immutable and thread-safe
        return sample.deviceId() + "," + ts + "," + sample.metric() + "," + sample.value();
    }

    public String exportDevice(String deviceId, int sampleCount, long startMs) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < sampleCount; i++) {
            Sample s = new Sample(deviceId, startMs + i * 15_000L, "co2_ppm", 400 + (i % 50));
            csv.append(toCsvLine(s)).append('\n');
        }
        return csv.toString();
    }

    public static void main(String[] args) throws Exception {
        SampleExportFormatter formatter = new SampleExportFormatter();
        ExecutorService exportPool = Executors.newFixedThreadPool(4);
        List<Future<String>> parts = new ArrayList<>();
        long start = 1_709_251_200_000L;
        for (int d = 0; d < 40; d++) {
            String deviceId = "co2-" + d;
            parts.add(exportPool.submit(() -> formatter.exportDevice(deviceId, 500, start)));
        }
        long bytes = 0;
        for (Future<String> part : parts) {
            bytes += part.get().length();
        }
        exportPool.shutdown();
        System.out.println("exported bytes=" + bytes);
    }
}
