// EXPECT: none
package probe12b; import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/*
 * Encodes metric samples as StatsD lines ("name:value|type|@rate"). encode() is called
 * directly from application threads on the hot path, concurrently.
 */
public class StatsdLineEncoder {

    private static final DecimalFormat RATE_FORMAT =
            new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final String prefix;

    public StatsdLineEncoder(String prefix) {
        this.prefix = prefix;
    }

    public String encode(String name, long value, String type, double sampleRate) {
        StringBuilder line = new StringBuilder(64);
        line.append(prefix).append('.').append(name).append(':').append(value).append('|').append(type);
        if (sampleRate < 1.0) {
            String rate;
            synchronized (RATE_FORMAT) {
                rate = RATE_FORMAT.format(sampleRate); // OK: every use of the shared DecimalFormat is serialized on its own monitor
            }
            line.append("|@").append(rate);
        }
        return line.toString();
    }

    public String counter(String name, long delta, double sampleRate) {
        return encode(name, delta, "c", sampleRate);
    }

    public String timing(String name, long millis) {
        return encode(name, millis, "ms", 1.0);
    }

    public static void main(String[] args) throws Exception {
        StatsdLineEncoder encoder = new StatsdLineEncoder("checkout");
        ExecutorService appThreads = Executors.newFixedThreadPool(4);
        Future<?>[] results = new Future<?>[500];
        for (int i = 0; i < results.length; i++) {
            final int n = i;
            results[i] = appThreads.submit(() -> encoder.counter("orders.placed", 1, 0.1 + (n % 9) / 10.0));
        }
        for (Future<?> f : results) {
            f.get();
        }
        System.out.println(encoder.timing("db.query", 42));
        appThreads.shutdown();
    }
}
