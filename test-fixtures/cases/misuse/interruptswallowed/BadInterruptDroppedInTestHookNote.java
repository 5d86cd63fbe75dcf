package misuse.interruptswallowed;

/**
 * A test hook that joins a worker and drops the interrupt: only a test's thread loses its flag, since
 * nothing in the program calls resetForTesting() (a note); the look-alike BadLogAndContinue drops it on a
 * production path.
 */
public class BadInterruptDroppedInTestHookNote {
    private final Thread worker = new Thread(() -> { });

    public void start() {
        worker.start();
    }

    void resetForTesting() {
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) { // expect: InterruptSwallowed['is written for tests and nothing else in the program calls it']
            System.err.println("interrupted while resetting");
        }
    }
}
