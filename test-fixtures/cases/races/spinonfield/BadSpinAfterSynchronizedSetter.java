package races.spinonfield;

/** The flag is set in a synchronized method but the loop polls it without the monitor: no happens-before, the loop may spin forever. */
public class BadSpinAfterSynchronizedSetter {
    private boolean started;

    public synchronized void markStarted() {
        started = true;
    }

    public void awaitStarted() {
        while (!started) { // expect: SpinOnField['`started` is not volatile'], UnguardedRead['which guards every write to `started` (as in `BadSpinAfterSynchronizedSetter.markStarted`)']
            Thread.onSpinWait();
        }
    }
}
