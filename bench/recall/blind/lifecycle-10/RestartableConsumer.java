// EXPECT: check-then-act @ line 30
package probe10a; import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Polls a message source and hands non-empty batches to a handler on a single
 * background thread. start() and stop() are exposed on the admin endpoint and
 * are also called by the supervisor's health-check thread, so they may run
 * concurrently.
 */
public class RestartableConsumer {

    private final Supplier<List<String>> source;
    private final Consumer<List<String>> handler;
    private final long idleBackoffMillis;
    private final AtomicReference<ExecutorService> pollExecutor = new AtomicReference<>();

    public RestartableConsumer(Supplier<List<String>> source, Consumer<List<String>> handler, long idleBackoffMillis) {
        this.source = source;
        this.handler = handler;
        this.idleBackoffMillis = idleBackoffMillis;
    }

    public void start() {
        if (pollExecutor.get() != null) { // BUG: check-then-act; two concurrent start() calls both pass and launch two poll loops, leaking one executor
            return;
        }
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "consumer-poll");
            t.setDaemon(true);
            return t;
        });
        exec.execute(this::pollLoop);
        pollExecutor.set(exec);
    }

    public void stop() throws InterruptedException {
        ExecutorService exec = pollExecutor.getAndSet(null);
        if (exec == null) {
            return;
        }
        exec.shutdownNow();
        if (!exec.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("consumer poll thread did not stop in time");
        }
    }

    public void restart() throws InterruptedException {
        stop();
        start();
    }

    public boolean isRunning() {
        return pollExecutor.get() != null;
    }

    private void pollLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            List<String> batch = source.get();
            if (!batch.isEmpty()) {
                handler.accept(batch);
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
