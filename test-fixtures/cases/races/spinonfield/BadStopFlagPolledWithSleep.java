package races.spinonfield;

/**
 * CERT VNA00-J's ControlledStop: run() polls a plain stop flag, pausing with sleep and restoring the
 * interrupt in a handler inside the loop. Neither sleep nor asking for the current thread synchronizes
 * (JLS 17.3), so the compiler may read the flag once and the loop may never stop.
 */
public final class BadStopFlagPolledWithSleep implements Runnable {
    private boolean done = false;

    @Override
    public void run() {
        while (!done) { // expect: SpinOnField['this loop waits for `done` to change, but `done` is not volatile and nothing in the loop synchronizes']
            try {
                Thread.currentThread().sleep(1000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void shutdown() {
        done = true;
    }
}
