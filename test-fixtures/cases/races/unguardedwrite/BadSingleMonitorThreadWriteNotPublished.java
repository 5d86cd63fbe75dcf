package races.unguardedwrite;

import java.io.IOException;

/**
 * The look-alike of the single monitor thread: after a failed connect it clears {@code proxy} without
 * the monitor and goes on without taking it, so a {@code getProxy()} reader, who holds the monitor, has
 * no order with the write and may keep seeing the old connection for as long as the thread runs.
 */
public class BadSingleMonitorThreadWriteNotPublished {
    private final Service target;
    private final Thread daemon = new Thread(this::monitor, "health-monitor"); // related: UnguardedWrite@65['reaches the write from here']
    private volatile boolean shouldRun = true;
    private Proxy proxy;
    private String state = "INITIALIZING";
    private int failures;

    public BadSingleMonitorThreadWriteNotPublished(Service target) {
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
            proxy = null; // expect: UnguardedWrite['`proxy` is written without `this`'], UnguardedWrite['(reached from the method reference in `BadSingleMonitorThreadWriteNotPublished.<instance initializer>` at line 12)']
            failures++;
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
