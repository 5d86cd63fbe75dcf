package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The same herder, but its step is public API: a client may drive a step while the herder's own loop
 * runs one on its executor thread, and both count retries at once.
 */
public class BadStepPublicForClients implements Runnable {
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

    /** Runs one step of the herder; clients may call it to speed up a rebalance. */
    public void tick() {
        if (readConfig()) {
            backoffRetries = 0;
        } else {
            backoff();
        }
    }

    private void backoff() {
        if (backoffRetries < 5) {
            backoffRetries++; // expect: UnguardedWrite['`backoffRetries` is updated without a lock']
        }
    }

    private boolean readConfig() {
        return System.nanoTime() % 2 == 0;
    }
}
