// EXPECT: none
package probe10a; import java.io.IOException;

/**
 * Keeps a distributed lock lease alive while this node is leader. The
 * leadership service starts the thread after winning an election and calls
 * shutdown() from its own stop path (a different thread) on step-down.
 */
public class LeaseKeepAlive extends Thread {

    public interface LeaseClient {
        void renew(String leaseId) throws IOException;

        void release(String leaseId) throws IOException;
    }

    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final LeaseClient client;
    private final String leaseId;
    private final long renewIntervalMillis;

    public LeaseKeepAlive(LeaseClient client, String leaseId, long renewIntervalMillis) {
        super("lease-keepalive-" + leaseId);
        setDaemon(true);
        this.client = client;
        this.leaseId = leaseId;
        this.renewIntervalMillis = renewIntervalMillis;
    }

    @Override
    public void run() {
        int failures = 0;
        try {
            while (!isInterrupted()) {
                long delay = renewIntervalMillis;
                try {
                    client.renew(leaseId);
                    failures = 0;
                } catch (IOException e) {
                    failures++;
                    delay = Math.min(renewIntervalMillis << Math.min(failures, 5), MAX_BACKOFF_MILLIS);
                    System.err.println("lease renew failed (" + failures + "): " + e);
                }
                Thread.sleep(delay);
            }
        } catch (InterruptedException e) { // OK: this thread owns its interruption policy; the interrupt ends the loop and run() returns, so the thread terminates
            System.err.println("lease keep-alive stopping");
        }
        try {
            client.release(leaseId);
        } catch (IOException e) {
            System.err.println("lease release failed: " + e);
        }
    }

    public void shutdown() throws InterruptedException {
        interrupt();
        join();
    }
}
