// EXPECT: none
package recall;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class IsoTimestamps {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    public static String format(Instant t) {
        return ISO.format(t);
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            final long s = i * 86_400L;
            pool.submit(() -> System.out.println(format(Instant.ofEpochSecond(s))));
        }
        pool.shutdown();
    }
}
