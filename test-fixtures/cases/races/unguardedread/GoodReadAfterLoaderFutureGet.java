package races.unguardedread;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * warmUp() hands the loading to its own one-thread executor and waits for the task's future before it
 * reads the counters unlocked: get() returning orders every write the task made before the read, and no
 * other task is ever handed to that executor. progress() reads them under the lock while loading runs.
 */
public class GoodReadAfterLoaderFutureGet {
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
            done.get();
        } finally {
            loader.shutdown();
        }
        return loaded;
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
