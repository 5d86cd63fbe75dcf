// EXPECT: none
package probe13b; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/*
 * Completes suspended (async) requests once their backend result arrives.
 * complete() is called by backend callback threads; worker threads write the
 * responses. shutdown() is called from the container's stop hook.
 */
public class AsyncCompletionWorker {

    private static final Logger LOG = Logger.getLogger(AsyncCompletionWorker.class.getName());

    public record Completion(String requestId, int status, String body, Consumer<String> responseWriter) {
    }

    private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    private final ExecutorService workers;
    private final int threads;

    public AsyncCompletionWorker(int threads) {
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads);
    }

    public void start() {
        for (int i = 0; i < threads; i++) {
            workers.execute(this::completeLoop);
        }
    }

    public void complete(Completion completion) {
        completions.add(completion);
    }

    private void completeLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Completion c = completions.take();
                c.responseWriter().accept("HTTP/1.1 " + c.status() + "\r\n\r\n" + c.body());
            } catch (InterruptedException e) { // OK: the interrupt status is restored below, so the loop condition sees it and the worker exits on shutdownNow()
                Thread.currentThread().interrupt();
                LOG.fine("completion worker stopping");
            } catch (RuntimeException e) {
                LOG.warning("failed to write async response: " + e);
            }
        }
    }

    public boolean shutdown(long timeoutMillis) throws InterruptedException {
        workers.shutdownNow();
        return workers.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        AsyncCompletionWorker worker = new AsyncCompletionWorker(4);
        worker.start();
        ExecutorService backendCallbacks = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 100; i++) {
            String id = "req-" + i;
            backendCallbacks.execute(() -> worker.complete(
                    new Completion(id, 200, "{\"ok\":true}", out -> System.out.println(id + " -> " + out.length()))));
        }
        backendCallbacks.shutdown();
        backendCallbacks.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(200);
        System.out.println("workers terminated: " + worker.shutdown(2_000));
    }
}
