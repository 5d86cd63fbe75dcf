package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A background loop on a pool the client keeps to itself: the only interrupt its task can get is the
 * pool's {@code shutdownNow()} in {@code close()}, which first turns the state the loop tests off. The
 * handler drops the interrupt on purpose: the loop's own condition sees the stop it was told of
 * (curator's CuratorFrameworkImpl.backgroundOperationsLoop).
 */
public class GoodLoopToldToStopBeforePoolInterrupt {
    private final AtomicBoolean started = new AtomicBoolean();
    private final BlockingQueue<Runnable> operations = new LinkedBlockingQueue<>();
    private ExecutorService executor;

    public void start() {
        if (started.compareAndSet(false, true)) {
            executor = Executors.newSingleThreadExecutor();
            executor.submit(new Callable<Object>() {
                @Override
                public Object call() {
                    operationsLoop();
                    return null;
                }
            });
        }
    }

    public void close() {
        if (started.compareAndSet(true, false)) {
            executor.shutdownNow();
        }
    }

    public void perform(Runnable operation) {
        operations.add(operation);
    }

    private void operationsLoop() {
        while (started.get()) {
            try {
                operations.take().run();
            } catch (InterruptedException e) {
                // only close() interrupts this loop, and it has turned `started` off first
            }
        }
    }
}
