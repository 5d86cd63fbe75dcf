// EXPECT: none
package probe7c; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Renders audit-trail events as text lines. Formatting is done with a
 * parallel stream, and each worker thread gets its own SimpleDateFormat.
 */
public class AuditTrailFormatter {

    private static final ThreadLocal<SimpleDateFormat> FORMAT = ThreadLocal.withInitial(() -> {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    });

    record AuditEvent(long epochMillis, String user, String action) {
    }

    static String render(AuditEvent e) {
        String when = FORMAT.get().format(new Date(e.epochMillis())); // OK: SimpleDateFormat is not thread-safe, but ThreadLocal gives every fork/join worker its own instance, so no instance is ever used by two threads
        return when + " " + e.user() + " " + e.action();
    }

    public static List<String> renderAll(List<AuditEvent> events) {
        return events.parallelStream()
                .map(AuditTrailFormatter::render)
                .collect(Collectors.toList());
    }

    public static void main(String[] args) {
        long base = 1_700_000_000_000L;
        List<AuditEvent> events = LongStream.range(0, 20_000)
                .mapToObj(i -> new AuditEvent(base + i * 61_000L, "user" + (i % 7), i % 2 == 0 ? "login" : "logout"))
                .collect(Collectors.toList());

        List<String> lines = renderAll(events);

        SimpleDateFormat check = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        check.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (int i = 0; i < events.size(); i++) {
            String expected = check.format(new Date(events.get(i).epochMillis()));
            if (!lines.get(i).startsWith(expected)) {
                throw new AssertionError("mismatch at " + i + ": " + lines.get(i));
            }
        }
        System.out.println(lines.get(0));
        System.out.println("... " + lines.size() + " events rendered");
    }
}
