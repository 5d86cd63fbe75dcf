// EXPECT: blocking-under-lock @ line 59
package recall2;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a distributed lease alive by renewing it periodically on a timer thread
 * (HDFS LeaseRenewer / ZooKeeper session style).
 */
public class LeaseRenewer {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final String leaseId;
    private final long leaseMillis;
    private ScheduledFuture<?> renewal;
    private long expiresAt;
    private int renewals;
    private boolean closed;

    public LeaseRenewer(String leaseId, long leaseMillis) {
        this.leaseId = leaseId;
        this.leaseMillis = leaseMillis;
    }

    public synchronized void start() {
        expiresAt = System.currentTimeMillis() + leaseMillis;
        long period = Math.max(1, leaseMillis / 3);
        renewal = timer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /** Timer callback. */
    private synchronized void renew() {
        if (closed) {
            return;
        }
        // a real implementation would call the lease server here
        expiresAt = System.currentTimeMillis() + leaseMillis;
        renewals++;
    }

    public synchronized boolean isValid() {
        return !closed && System.currentTimeMillis() < expiresAt;
    }

    public String getLeaseId() {
        return leaseId;
    }

    /** Stops renewing and waits for an in-flight renewal before releasing the lease. */
    public synchronized void close() throws InterruptedException {
        if (closed) {
            return;
        }
        renewal.cancel(false);
        timer.shutdown();
        timer.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        closed = true;
        expiresAt = 0;
    }

    public static void main(String[] args) throws InterruptedException {
        LeaseRenewer renewer = new LeaseRenewer("lease-42", 3);
        renewer.start();
        Thread.sleep(50);
        renewer.close();
        System.out.println("closed, valid=" + renewer.isValid());
    }
}
