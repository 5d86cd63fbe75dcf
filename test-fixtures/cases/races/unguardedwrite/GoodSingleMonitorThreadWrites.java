package races.unguardedwrite;

import java.io.IOException;

/**
 * Only the monitor thread writes {@code proxy}: the store of null after a failed connect writes the
 * value the field already holds, and the other unguarded store is followed by the synchronized
 * {@code enterState}, which publishes it to {@code getProxy()} readers. The finding is reported where
 * the thread is made, three calls away from the write (hadoop HealthMonitor.tryConnect, races review #7).
 */
public class GoodSingleMonitorThreadWrites {
    private final Service target;
    private final Thread daemon = new Thread(this::monitor, "health-monitor");
    private volatile boolean shouldRun = true;
    private Proxy proxy;
    private String state = "INITIALIZING";

    public GoodSingleMonitorThreadWrites(Service target) {
        this.target = target;
    }

    public void start() {
        daemon.start();
    }

    public void stop() {
        shouldRun = false;
        daemon.interrupt();
    }

    public synchronized Proxy getProxy() {
        return proxy;
    }

    public synchronized String state() {
        return state;
    }

    private void monitor() {
        while (shouldRun) {
            try {
                loopUntilConnected();
                doHealthChecks();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void loopUntilConnected() throws InterruptedException {
        tryConnect();
        while (proxy == null) {
            Thread.sleep(1000);
            tryConnect();
        }
    }

    private void tryConnect() {
        try {
            synchronized (this) {
                proxy = target.connect();
            }
        } catch (IOException e) {
            proxy = null;
            enterState("SERVICE_NOT_RESPONDING");
        }
    }

    private void doHealthChecks() throws InterruptedException {
        while (shouldRun) {
            try {
                proxy.check();
                enterState("SERVICE_HEALTHY");
            } catch (IOException e) {
                proxy = null;
                enterState("SERVICE_NOT_RESPONDING");
                return;
            }
            Thread.sleep(1000);
        }
    }

    private synchronized void enterState(String newState) {
        state = newState;
    }

    /** The monitored service. */
    public static final class Service {
        public Proxy connect() throws IOException {
            return new Proxy();
        }
    }

    /** A connection to the service. */
    public static final class Proxy {
        public void check() throws IOException {
        }
    }
}
