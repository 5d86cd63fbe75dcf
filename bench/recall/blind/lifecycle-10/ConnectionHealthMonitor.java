// EXPECT: unguarded-read @ line 64
package probe10a; import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tracks liveness of the upstream broker connection. A scheduler thread pings
 * the broker once a second and records the result; request threads call
 * isHealthy() before routing traffic to this upstream.
 */
public class ConnectionHealthMonitor implements AutoCloseable {

    public interface Transport {
        boolean ping();
    }

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "upstream-ping");
        t.setDaemon(true);
        return t;
    });
    private final Transport transport;
    private final long timeoutNanos;
    private long lastPongNanos;
    private int consecutiveFailures;

    public ConnectionHealthMonitor(Transport transport, Duration timeout) {
        this.transport = transport;
        this.timeoutNanos = timeout.toNanos();
        this.lastPongNanos = System.nanoTime();
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::ping, 0, 1, TimeUnit.SECONDS);
    }

    private void ping() {
        try {
            if (transport.ping()) {
                recordPong(System.nanoTime());
            } else {
                recordFailure();
            }
        } catch (RuntimeException e) {
            recordFailure();
        }
    }

    private synchronized void recordPong(long now) {
        lastPongNanos = now;
        consecutiveFailures = 0;
    }

    private synchronized void recordFailure() {
        consecutiveFailures++;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    public boolean isHealthy() {
        return System.nanoTime() - lastPongNanos < timeoutNanos; // BUG: reads lastPongNanos (a non-volatile long written under the monitor by the ping thread) without holding the monitor
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
