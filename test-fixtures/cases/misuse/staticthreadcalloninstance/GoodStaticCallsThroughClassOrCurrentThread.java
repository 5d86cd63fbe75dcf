package misuse.staticthreadcalloninstance;

/**
 * The static methods called through the class, or through the current thread, where reference and
 * caller are the same thread; instance methods asked of another thread; an unqualified call inside a
 * Thread subclass.
 */
public class GoodStaticCallsThroughClassOrCurrentThread {

    public boolean pollInterrupt() {
        return Thread.interrupted();
    }

    public boolean pollInterruptOfCaller() {
        return Thread.currentThread().interrupted();
    }

    public boolean otherStopped(Thread other) {
        return other.isInterrupted();
    }

    public void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    public void stop(Thread other) throws InterruptedException {
        other.interrupt();
        other.join();
    }

    /** A worker that checks its own flag. */
    public static final class Worker extends Thread {
        @Override
        public void run() {
            while (!interrupted()) {
                onSpinWait();
            }
        }
    }
}
