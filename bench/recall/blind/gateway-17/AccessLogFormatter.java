// EXPECT: none
package probe17b; import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Formats Common Log Format lines for the gateway access log. format() is called by
 * request worker threads; a single writer thread drains the queue to the log sink.
 */
public class AccessLogFormatter {

    private static final ThreadLocal<SimpleDateFormat> CLF_TIME =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z", Locale.US));

    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>(10_000);

    public void log(String clientIp, String user, String method, String path, int status, long bytes) {
        String line = clientIp + " - " + (user == null ? "-" : user)
                + " [" + timestamp(System.currentTimeMillis()) + "] \""
                + method + " " + path + " HTTP/1.1\" " + status + " " + bytes;
        pending.offer(line);
    }

    static String timestamp(long epochMillis) {
        return CLF_TIME.get().format(new Date(epochMillis)); // OK: each thread formats with its own SimpleDateFormat obtained from the ThreadLocal
    }

    Thread startWriter(StringBuilder sink) {
        Thread writer = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    String line = pending.poll(200, TimeUnit.MILLISECONDS);
                    if (line != null) {
                        sink.append(line).append('\n');
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "access-log-writer");
        writer.start();
        return writer;
    }

    public static void main(String[] args) throws InterruptedException {
        AccessLogFormatter formatter = new AccessLogFormatter();
        StringBuilder sink = new StringBuilder();
        Thread writer = formatter.startWriter(sink);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2_000; i++) {
            int n = i;
            workers.execute(() -> formatter.log("10.0.0." + (n % 250), n % 3 == 0 ? "alice" : null,
                    "GET", "/api/items/" + n, 200, 512 + n));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        Thread.sleep(500);
        writer.interrupt();
        writer.join();
        System.out.println("lines written: " + sink.chars().filter(c -> c == '\n').count());
    }
}
