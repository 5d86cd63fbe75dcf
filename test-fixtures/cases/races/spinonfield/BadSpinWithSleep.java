package races.spinonfield;

/** Polls a plain boolean with sleep(): sleeping is not synchronization, so the write may never become visible to the loop. */
public class BadSpinWithSleep {
    private boolean done;

    public void finish() {
        done = true;
    }

    public boolean awaitDone() {
        try {
            while (!done) { // expect: SpinOnField
                Thread.sleep(10);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
