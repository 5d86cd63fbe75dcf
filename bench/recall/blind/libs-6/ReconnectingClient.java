// EXPECT: none
package probe6b;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Keeps a connection to a remote endpoint alive, reconnecting with exponential back-off.
 *
 * <p><b>Thread-safety:</b> {@link #start()}, {@link #shutdown()} and
 * {@link #reconnectCount()} may be called from any thread. The health-check/reconnect
 * loop runs on a dedicated daemon thread named {@code reconnect-<endpoint>}; the
 * {@code connectAttempt} callback is only ever invoked on that thread.
 */
public final class ReconnectingClient {

    private final String endpoint;
    private final BooleanSupplier connectAttempt;
    private final AtomicInteger reconnects = new AtomicInteger();
    private final Thread worker;
    private volatile boolean running;

    public ReconnectingClient(String endpoint, BooleanSupplier connectAttempt) {
        this.endpoint = endpoint;
        this.connectAttempt = connectAttempt;
        this.worker = new Thread(this::reconnectLoop, "reconnect-" + endpoint);
        this.worker.setDaemon(true);
    }

    public void start() {
        running = true;
        worker.start();
    }

    /** Stops the reconnect loop and waits for the worker thread to exit. */
    public void shutdown() throws InterruptedException {
        running = false;
        worker.join();
    }

    public int reconnectCount() {
        return reconnects.get();
    }

    public String endpoint() {
        return endpoint;
    }

    /** Body of the reconnect thread. */
    private void reconnectLoop() {
        long backoffMillis = 10;
        while (running) { // OK: running is volatile, so the write in shutdown() is guaranteed to become visible to this loop
            if (connectAttempt.getAsBoolean()) {
                backoffMillis = 10;
            } else {
                reconnects.incrementAndGet();
                backoffMillis = Math.min(backoffMillis * 2, 1000);
            }
            try {
                Thread.sleep(backoffMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ReconnectingClient client = new ReconnectingClient("db-primary",
                () -> ThreadLocalRandom.current().nextInt(4) != 0);
        client.start();
        Thread.sleep(500);
        Thread stopper = new Thread(() -> {
            try {
                client.shutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "app-shutdown");
        stopper.start();
        stopper.join();
        System.out.println("reconnects: " + client.reconnectCount());
    }
}
