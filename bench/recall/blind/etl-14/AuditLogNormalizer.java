// EXPECT: none
package probe14a; import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Normalizes raw audit log lines into epoch-millis records and counts them
 * per day. Input files are large, so lines are processed with a parallel
 * stream on the common fork/join pool.
 */
public class AuditLogNormalizer {

    private static final ThreadLocal<SimpleDateFormat> AUDIT_TIME = ThreadLocal.withInitial(() -> {
        SimpleDateFormat f = new SimpleDateFormat("dd/MM/yyyy HH:mm:ss");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    });

    public record AuditRecord(String actor, String action, long epochMillis) {
    }

    static AuditRecord parse(String line) {
        String[] parts = line.split(",");
        try {
            long ts = AUDIT_TIME.get().parse(parts[0]).getTime(); // OK: each worker thread gets its own SimpleDateFormat from the ThreadLocal
            return new AuditRecord(parts[1], parts[2], ts);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad timestamp in: " + line, e);
        }
    }

    public Map<Long, Long> dailyCounts(List<String> lines) {
        return lines.parallelStream()
                .filter(l -> !l.isBlank())
                .map(AuditLogNormalizer::parse)
                .collect(Collectors.groupingByConcurrent(
                        r -> r.epochMillis() / 86_400_000L,
                        Collectors.counting()));
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            lines.add(String.format("%02d/06/2024 %02d:%02d:41,svc-%d,%s",
                    1 + i % 28, i % 24, i % 60, i % 13, i % 2 == 0 ? "READ" : "WRITE"));
        }
        Map<Long, Long> counts = new AuditLogNormalizer().dailyCounts(lines);
        System.out.println("days: " + counts.size());
    }
}
