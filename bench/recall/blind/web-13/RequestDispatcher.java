// EXPECT: interrupt-or-executor-future-misuse @ line 42
package probe13b; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/*
 * Dispatches accepted requests to a fixed set of worker threads.
 * dispatch() is called by the acceptor thread; stop() is called from the
 * container's shutdown hook and expects workers to exit on interrupt.
 */
public class RequestDispatcher {

    private static final Logger LOG = Logger.getLogger(RequestDispatcher.class.getName());

    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>(1_000);
    private final ExecutorService workers;
    private final int workerCount;

    public RequestDispatcher(int workerCount) {
        this.workerCount = workerCount;
        this.workers = Executors.newFixedThreadPool(workerCount);
    }

    public void start() {
        for (int i = 0; i < workerCount; i++) {
            workers.execute(this::drainLoop);
        }
    }

    public boolean dispatch(Runnable handler) {
        return inbox.offer(handler);
    }

    private void drainLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Runnable handler = inbox.take();
                handler.run();
            } catch (InterruptedException e) { // BUG: interrupt swallowed (take() cleared the flag), so the loop never sees it and shutdownNow() cannot stop the workers
                LOG.fine("worker interrupted while waiting for a request");
            } catch (RuntimeException e) {
                LOG.warning("handler failed: " + e);
            }
        }
    }

    public boolean stop(long timeoutMillis) throws InterruptedException {
        workers.shutdownNow();
        return workers.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        RequestDispatcher dispatcher = new RequestDispatcher(4);
        dispatcher.start();
        for (int i = 0; i < 100; i++) {
            int requestNo = i;
            dispatcher.dispatch(() -> System.out.println("served request " + requestNo));
        }
        Thread.sleep(200);
        boolean terminated = dispatcher.stop(2_000);
        System.out.println("workers terminated: " + terminated);
    }
}
