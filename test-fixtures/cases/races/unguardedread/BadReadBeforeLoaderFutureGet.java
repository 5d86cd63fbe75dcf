package races.unguardedread;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The look-alike reads the counter unlocked before it waits for the loading task's future: the task is
 * still counting on the executor's thread, and the read can see a stale count.
 */
public class BadReadBeforeLoaderFutureGet {
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private final AtomicBoolean started = new AtomicBoolean();
    private int loaded;
    private int total;

    public int warmUp(int segments) throws InterruptedException, ExecutionException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already warmed up");
        }
        try {
            Future<?> done = loader.submit(() -> loadAll(segments));
            int early = loaded; // expect: UnguardedRead['`loaded` is read without `this`, which guards every write to `loaded`']
            done.get();
            return early;
        } finally {
            loader.shutdown();
        }
    }

    private void loadAll(int segments) {
        synchronized (this) {
            total = segments;
        }
        for (int i = 0; i < segments; i++) {
            synchronized (this) {
                loaded++;
            }
        }
    }

    public synchronized double progress() {
        return total == 0 ? 0.0 : (double) loaded / total;
    }
}
