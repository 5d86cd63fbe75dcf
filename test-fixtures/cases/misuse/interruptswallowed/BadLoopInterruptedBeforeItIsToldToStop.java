package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The look-alike: {@code cancel()} interrupts the pool's worker without turning the loop's state off, so
 * the handler drops the only sign that the loop was asked to stop, and it goes on taking operations.
 */
public class BadLoopInterruptedBeforeItIsToldToStop {
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

    public void cancel() {
        executor.shutdownNow();
    }

    public void perform(Runnable operation) {
        operations.add(operation);
    }

    private void operationsLoop() {
        while (started.get()) {
            try {
                operations.take().run();
            } catch (InterruptedException e) { // expect: InterruptSwallowed['InterruptedException is swallowed']
                // the interrupt is lost, and `started` is still on
            }
        }
    }
}
