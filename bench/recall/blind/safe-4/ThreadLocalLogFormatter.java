// EXPECT: none
package probe4.safe;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Access-log line formatter shared by all request-handling threads.
// OK: SimpleDateFormat and the scratch StringBuilder are not thread-safe, but each thread gets its own via ThreadLocal
public class ThreadLocalLogFormatter {

    private static final ThreadLocal<SimpleDateFormat> DATE_FORMAT = ThreadLocal.withInitial(() -> {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    });

    private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(128));

    private final String serviceName;

    public ThreadLocalLogFormatter(String serviceName) {
        this.serviceName = serviceName;
    }

    public String format(long epochMillis, String method, String path, int status, long micros) {
        StringBuilder sb = SCRATCH.get();
        sb.setLength(0);
        sb.append(DATE_FORMAT.get().format(new Date(epochMillis)))
          .append(' ').append(serviceName)
          .append(' ').append(Thread.currentThread().getName())
          .append(' ').append(method)
          .append(' ').append(path)
          .append(' ').append(status)
          .append(' ').append(micros).append("us");
        return sb.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        ThreadLocalLogFormatter formatter = new ThreadLocalLogFormatter("checkout");
        Queue<String> sink = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<String> paths = List.of("/cart", "/pay", "/items/42", "/health");
        long base = 1_700_000_000_000L;
        for (int i = 0; i < 600; i++) {
            final int n = i;
            pool.execute(() -> sink.add(formatter.format(base + n * 1013L, n % 3 == 0 ? "POST" : "GET",
                    paths.get(n % paths.size()), n % 17 == 0 ? 500 : 200, 50 + n % 900)));
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("formatter pool did not finish");
        }
        long malformed = sink.stream().filter(l -> !l.startsWith("2023-")).count();
        System.out.println("lines=" + sink.size() + " malformed=" + malformed);
        System.out.println(sink.peek());
    }
}
