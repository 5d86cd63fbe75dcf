// EXPECT: none
package probe9a; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Process-wide cap on outbound database connections shared by all pools. Each
 * pool owns a ConnectionBudget; tryOpen and close are called by the pool's
 * worker threads.
 */
public final class ConnectionBudget {

    private static int openConnections;
    private static final int MAX_OPEN = 32;

    private final String poolName;
    private int openedByThisPool; // also guarded by the class lock

    public ConnectionBudget(String poolName) {
        this.poolName = poolName;
    }

    public boolean tryOpen() {
        synchronized (getClass()) { // OK: class is final, so getClass() is always ConnectionBudget.class, one lock for all instances
            if (openConnections >= MAX_OPEN) {
                return false;
            }
            openConnections++;
            openedByThisPool++;
            return true;
        }
    }

    public void close() {
        synchronized (ConnectionBudget.class) {
            openConnections--;
            openedByThisPool--;
        }
    }

    public static int openConnections() {
        synchronized (ConnectionBudget.class) {
            return openConnections;
        }
    }

    public String poolName() {
        return poolName;
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionBudget reporting = new ConnectionBudget("reporting");
        ConnectionBudget orders = new ConnectionBudget("orders");
        AtomicInteger refused = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 10_000; i++) {
            final ConnectionBudget budget = (i % 2 == 0) ? reporting : orders;
            workers.submit(() -> {
                if (!budget.tryOpen()) {
                    refused.incrementAndGet();
                    return;
                }
                try {
                    Thread.onSpinWait();
                } finally {
                    budget.close();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("refused=" + refused.get() + " open=" + ConnectionBudget.openConnections());
    }
}
