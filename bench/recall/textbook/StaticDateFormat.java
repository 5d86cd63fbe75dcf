// EXPECT: static-formatter @ line 14
package recall;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class StaticDateFormat {
    private static final SimpleDateFormat ISO = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss");

    public static String format(Date d) {
        return ISO.format(d);
    }

    public static Date parse(String s) throws ParseException {
        return ISO.parse(s);
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            final long t = i * 86_400_000L;
            pool.submit(() -> System.out.println(format(new Date(t))));
        }
        pool.shutdown();
    }
}
