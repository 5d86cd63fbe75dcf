package races.spinonfield;

/** Busy-waits on a volatile flag: every iteration re-reads it and sees the other thread's write. */
public class GoodVolatileFlag {
    private volatile boolean ready;

    public void markReady() {
        ready = true;
    }

    public void awaitReady() {
        while (!ready) {
            Thread.onSpinWait();
        }
    }
}
