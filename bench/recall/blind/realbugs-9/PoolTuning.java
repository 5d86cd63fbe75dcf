// EXPECT: none
package probe9b; import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runtime-tunable settings for a JDBC connection pool. A scheduled reloader
 * thread re-reads the properties every few seconds; borrowing threads read
 * the current settings each time they borrow a connection.
 */
public class PoolTuning {

    static final class Limits {
        final int maxPoolSize;
        final int borrowTimeoutMillis;
        final int validationTimeoutMillis;
        final String validationQuery;

        Limits(int maxPoolSize, int borrowTimeoutMillis, int validationTimeoutMillis, String validationQuery) {
            this.maxPoolSize = maxPoolSize;
            this.borrowTimeoutMillis = borrowTimeoutMillis;
            this.validationTimeoutMillis = validationTimeoutMillis;
            this.validationQuery = validationQuery;
        }
    }

    private volatile Limits current = new Limits(10, 30_000, 5_000, "SELECT 1");

    void reload(Properties props) {
        Limits next = new Limits(
                Integer.parseInt(props.getProperty("maxPoolSize", "10")),
                Integer.parseInt(props.getProperty("borrowTimeout", "30000")),
                Integer.parseInt(props.getProperty("validationTimeout", "5000")),
                props.getProperty("validationQuery", "SELECT 1"));
        current = next; // OK: volatile write of an immutable object with final fields; readers get a fully constructed Limits
    }

    public String describeBorrow(String caller) {
        Limits l = current;
        return caller + " borrow max=" + l.maxPoolSize + " timeout=" + l.borrowTimeoutMillis
                + " validate='" + l.validationQuery.trim() + "' in " + l.validationTimeoutMillis;
    }

    public static void main(String[] args) throws InterruptedException {
        PoolTuning tuning = new PoolTuning();
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
        reloader.scheduleWithFixedDelay(() -> {
            Properties p = new Properties();
            p.setProperty("maxPoolSize", String.valueOf(8 + System.nanoTime() % 8));
            p.setProperty("validationQuery", "SELECT 1 FROM DUAL");
            tuning.reload(p);
        }, 0, 2, TimeUnit.MILLISECONDS);

        ExecutorService borrowers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 20_000; i++) {
            int n = i;
            borrowers.execute(() -> tuning.describeBorrow("worker-" + n));
        }
        borrowers.shutdown();
        borrowers.awaitTermination(10, TimeUnit.SECONDS);
        reloader.shutdownNow();
    }
}
