package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The herder's step is public only so tests can drive it; in production only the herder's own loop,
 * on its one executor thread, calls it, so its retry count is that thread's alone.
 */
public class GoodStepPublicForTesting implements Runnable {
    private final ExecutorService herderExecutor = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS,
            new LinkedBlockingDeque<>(1));
    private int backoffRetries;
    private volatile boolean stopping;

    public void start() {
        herderExecutor.submit(this);
    }

    @Override
    public void run() {
        while (!stopping) {
            tick();
        }
    }

    public void stop() {
        stopping = true;
    }

    // public for testing
    public void tick() {
        if (readConfig()) {
            backoffRetries = 0;
        } else {
            backoff();
        }
    }

    private void backoff() {
        if (backoffRetries < 5) {
            backoffRetries++;
        }
    }

    private boolean readConfig() {
        return System.nanoTime() % 2 == 0;
    }
}
