// EXPECT: shared-non-thread-safe-object @ line 32
package probe7c; import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Parses timestamps out of Apache-style access-log lines and reports the
 * time span they cover. Parsing is done with a parallel stream.
 */
public class AccessLogParser {

    private static final SimpleDateFormat TIMESTAMP = createFormat();

    private static SimpleDateFormat createFormat() {
        SimpleDateFormat f = new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss", Locale.US);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    /** Extracts the text between '[' and the zone offset, e.g. 10/Oct/2023:13:55:36. */
    static String timestampOf(String line) {
        int open = line.indexOf('[');
        int space = line.indexOf(' ', open);
        return line.substring(open + 1, space);
    }

    static long parseMillis(String line) {
        try {
            return TIMESTAMP.parse(timestampOf(line)).getTime(); // BUG: one SimpleDateFormat (mutable internal Calendar) shared by all fork/join worker threads of the parallel stream; concurrent parse() calls corrupt each other and return wrong dates or throw
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad line: " + line, e);
        }
    }

    static List<String> sampleLines(int n) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int day = 1 + i % 28;
            int hour = i % 24;
            int minute = i % 60;
            lines.add(String.format(Locale.US,
                    "10.0.0.%d - - [%02d/Oct/2023:%02d:%02d:07 +0000] \"GET /item/%d HTTP/1.1\" 200 512",
                    i % 255, day, hour, minute, i));
        }
        return lines;
    }

    public static void main(String[] args) {
        List<String> lines = sampleLines(50_000);
        long first = lines.parallelStream()
                .mapToLong(AccessLogParser::parseMillis)
                .min()
                .orElse(0L);
        long last = lines.parallelStream()
                .mapToLong(AccessLogParser::parseMillis)
                .max()
                .orElse(0L);
        System.out.println("log covers " + (last - first) / 3_600_000 + " hours");
    }
}
