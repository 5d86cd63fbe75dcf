// EXPECT: notify-without-monitor @ line 18
package probe.dl;

import java.util.concurrent.ThreadLocalRandom;

/** Tracks the health of a downstream payment gateway; callers can block until it changes. */
public class HealthCheckMonitor {

    public enum Status { UNKNOWN, UP, DOWN }

    private final Object stateLock = new Object();
    private volatile Status status = Status.UNKNOWN;

    /** Called by the probe thread after every check. */
    public void report(Status observed) {
        if (observed != status) {
            status = observed;
            stateLock.notifyAll(); // BUG: notifyAll() without holding stateLock throws IllegalMonitorStateException
        }
    }

    public Status awaitChange(Status last, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (stateLock) {
            while (status == last) {
                long remaining = deadline - System.currentTimeMillis();
                if (remaining <= 0) {
                    break;
                }
                stateLock.wait(remaining);
            }
            return status;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        HealthCheckMonitor monitor = new HealthCheckMonitor();
        Thread probe = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                monitor.report(ThreadLocalRandom.current().nextBoolean() ? Status.UP : Status.DOWN);
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "gateway-probe");
        probe.start();
        Status seen = Status.UNKNOWN;
        for (int i = 0; i < 5; i++) {
            seen = monitor.awaitChange(seen, 1_000);
            System.out.println("gateway is " + seen);
        }
        probe.join();
    }
}
