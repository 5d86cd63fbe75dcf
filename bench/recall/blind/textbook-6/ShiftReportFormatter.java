// EXPECT: shared-simpledateformat @ line 19
package probe6c;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates per-shift report headers in parallel for a warehouse dashboard.
 */
public class ShiftReportFormatter {
    private static final SimpleDateFormat STAMP = new SimpleDateFormat("yyyy-MM-dd HH:mm");

    static String header(String shift, long startMillis) {
        return "Shift " + shift + " started " + STAMP.format(new Date(startMillis)); // BUG: static SimpleDateFormat (not thread-safe) shared by pool threads
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> out = new ArrayList<>();
        long base = 1_700_000_000_000L;
        for (int i = 0; i < 24; i++) {
            final String shift = "S" + i;
            final long start = base + i * 8L * 3_600_000L;
            out.add(pool.submit(() -> header(shift, start)));
        }
        for (Future<String> f : out) {
            System.out.println(f.get());
        }
        pool.shutdown();
    }
}
