package java21.virtualthreadpinning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An executor chosen by configuration: fearless cannot tell whether the task runs on a virtual thread,
 * and unknown is silent.
 */
public class GoodExecutorOfEitherKind {
    private final ExecutorService workers;
    private final Object lock = new Object();

    public GoodExecutorOfEitherKind(boolean virtual) {
        workers = virtual ? Executors.newVirtualThreadPerTaskExecutor() : Executors.newCachedThreadPool();
    }

    public void submitPause(long millis) {
        workers.execute(() -> pause(millis));
    }

    private void pause(long millis) {
        synchronized (lock) {
            try {
                Thread.sleep(millis); // expect: BlockingUnderLock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
