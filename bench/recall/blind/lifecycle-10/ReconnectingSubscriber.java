// EXPECT: none
package probe10a; import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Subscribes to a feed and forwards updates to a listener on a background
 * thread. start()/stop() are called from the admin endpoint and from the
 * supervisor's reconnect timer, so they may run concurrently; isRunning() is
 * polled by the readiness probe.
 */
public class ReconnectingSubscriber {

    private final Supplier<List<String>> feed;
    private final Consumer<List<String>> listener;
    private final long idleBackoffMillis;
    private final Object lifecycleLock = new Object();
    private volatile ExecutorService pollExecutor;

    public ReconnectingSubscriber(Supplier<List<String>> feed, Consumer<List<String>> listener, long idleBackoffMillis) {
        this.feed = feed;
        this.listener = listener;
        this.idleBackoffMillis = idleBackoffMillis;
    }

    public void start() {
        synchronized (lifecycleLock) {
            if (pollExecutor != null) { // OK: lifecycleLock is held across this check and the assignment below; stop() swaps under the same lock
                return;
            }
            ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "subscriber-poll");
                t.setDaemon(true);
                return t;
            });
            exec.execute(this::pollLoop);
            pollExecutor = exec;
        }
    }

    public void stop() throws InterruptedException {
        ExecutorService exec;
        synchronized (lifecycleLock) {
            exec = pollExecutor;
            if (exec == null) {
                return;
            }
            pollExecutor = null;
        }
        exec.shutdownNow();
        if (!exec.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("subscriber poll thread did not stop in time");
        }
    }

    public void reconnect() throws InterruptedException {
        stop();
        start();
    }

    public boolean isRunning() {
        return pollExecutor != null;
    }

    private void pollLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            List<String> updates = feed.get();
            if (!updates.isEmpty()) {
                listener.accept(updates);
                continue;
            }
            try {
                Thread.sleep(idleBackoffMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
