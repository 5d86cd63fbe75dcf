// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 29
package probe14a; import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Normalizes raw clickstream log lines into epoch-millis events and buckets
 * them per hour. Input files are large, so lines are processed with a
 * parallel stream on the common fork/join pool.
 */
public class ClickstreamNormalizer {

    private static final SimpleDateFormat LOG_TIME = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");

    static {
        LOG_TIME.setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    public record ClickEvent(String userId, String page, long epochMillis) {
    }

    static ClickEvent parse(String line) {
        String[] parts = line.split("\\|");
        try {
            long ts = LOG_TIME.parse(parts[0]).getTime(); // BUG: shared static SimpleDateFormat is not thread-safe but is used from parallel stream workers
            return new ClickEvent(parts[1], parts[2], ts);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad timestamp in: " + line, e);
        }
    }

    public Map<Long, Long> hourlyCounts(List<String> lines) {
        return lines.parallelStream()
                .filter(l -> !l.isBlank())
                .map(ClickstreamNormalizer::parse)
                .collect(Collectors.groupingByConcurrent(
                        e -> e.epochMillis() / 3_600_000L,
                        Collectors.counting()));
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int hour = i % 24;
            int minute = i % 60;
            lines.add(String.format("2024-06-%02dT%02d:%02d:13.250|u%d|/product/%d",
                    1 + i % 28, hour, minute, i % 977, i % 31));
        }
        Map<Long, Long> counts = new ClickstreamNormalizer().hourlyCounts(lines);
        System.out.println("buckets: " + counts.size());
    }
}
