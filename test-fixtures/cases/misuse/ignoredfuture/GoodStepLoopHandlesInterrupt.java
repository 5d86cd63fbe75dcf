package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fixed-step loop whose only catch restores the interrupt around its sleep, so the loop sees it and
 * ends: the catch handles a request to stop, not failures it retries, and nothing else in the step can
 * fail, so the dropped Future loses nothing.
 */
public class GoodStepLoopHandlesInterrupt implements Runnable {
    private long steps;

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            steps++;
            try {
                Thread.sleep(16);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void start() {
        ExecutorService loop = Executors.newSingleThreadExecutor();
        loop.submit(new GoodStepLoopHandlesInterrupt());
        loop.shutdownNow();
    }
}
