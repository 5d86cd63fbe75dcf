// EXPECT: none
package recall;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ThreadConfinedFormatter {
    private static final ThreadLocal<SimpleDateFormat> FORMAT =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd HH:mm:ss"));

    public static String line(String level, String msg) {
        StringBuilder sb = new StringBuilder();
        sb.append(FORMAT.get().format(new Date()));
        sb.append(' ').append(level).append(' ').append(msg);
        return sb.toString();
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            final int n = i;
            pool.execute(() -> System.out.println(line("INFO", "message " + n)));
        }
        pool.shutdown();
    }
}
