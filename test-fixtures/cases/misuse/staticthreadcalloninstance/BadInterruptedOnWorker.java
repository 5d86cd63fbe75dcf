package misuse.staticthreadcalloninstance;

/**
 * A supervisor asks whether its worker was interrupted with {@code worker.interrupted()}: the static
 * method tests and clears the supervisor's own flag instead, and says nothing about the worker.
 */
public class BadInterruptedOnWorker {
    private final Thread worker = new Thread(BadInterruptedOnWorker::work, "worker");

    public void start() {
        worker.start();
    }

    public boolean workerStopped() {
        return worker.interrupted(); // expect: StaticThreadCallOnInstance['`interrupted` is a static method of Thread: `worker.interrupted(...)` acts on the calling thread, not on `worker`; to ask whether `worker` was interrupted, call `worker.isInterrupted()`']
    }

    private static void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
    }
}
