// EXPECT: sync-on-getClass @ line 26
package probe3.mix;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Base class for driver-specific pools. All pools share one process-wide
 * table of open connections per host, used for the connection-limit check.
 */
public class ConnectionPoolBase {

    private static final Map<String, Integer> OPEN_BY_HOST = new HashMap<>();
    private static final int PER_HOST_LIMIT = 64;

    protected final String host;

    protected ConnectionPoolBase(String host) {
        this.host = host;
    }

    protected boolean tryReserveSlot() {
        synchronized (getClass()) { // BUG: each subclass locks its own Class object, but OPEN_BY_HOST is shared by all subclasses
            int open = OPEN_BY_HOST.getOrDefault(host, 0);
            if (open >= PER_HOST_LIMIT) {
                return false;
            }
            OPEN_BY_HOST.put(host, open + 1);
            return true;
        }
    }

    static Map<String, Integer> snapshot() {
        return Map.copyOf(OPEN_BY_HOST);
    }

    public static class PostgresPool extends ConnectionPoolBase {
        public PostgresPool(String host) { super(host); }

        public boolean open() {
            return tryReserveSlot();
        }
    }

    public static class RedisPool extends ConnectionPoolBase {
        public RedisPool(String host) { super(host); }

        public boolean open() {
            return tryReserveSlot();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PostgresPool pg = new PostgresPool("db-shared-01");
        RedisPool redis = new RedisPool("db-shared-01");
        ExecutorService exec = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            if (i % 2 == 0) {
                exec.execute(pg::open);
            } else {
                exec.execute(redis::open);
            }
        }
        exec.shutdown();
        exec.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(snapshot());
    }
}
