// EXPECT: lazy-init-without-lock @ line 22
package probe.races;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide access point for the orders database connection pool.
 * Thread-safe: {@link #pool()} is called from every request thread.
 */
public final class DataSourceProvider {
    private static ConnectionPool pool;

    private DataSourceProvider() {
    }

    public static ConnectionPool pool() {
        if (pool == null) {
            pool = new ConnectionPool("jdbc:postgresql://db.internal/orders", 20); // BUG: unsynchronized lazy init of a static field; racing threads each open a pool (leaking connections) and may see a partially built one
        }
        return pool;
    }

    static final class ConnectionPool {
        private final String url;
        private final BlockingQueue<String> idle;

        ConnectionPool(String url, int size) {
            this.url = url;
            this.idle = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                idle.add(url + "#conn-" + i);
            }
            System.out.println("opened " + size + " connections to " + url);
        }

        String borrow() throws InterruptedException {
            return idle.take();
        }

        void giveBack(String conn) {
            idle.offer(conn);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            requestThreads.submit(() -> {
                ConnectionPool p = pool();
                String conn = p.borrow();
                p.giveBack(conn);
                return conn;
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
