package misuse.interruptswallowed;

import static java.lang.Thread.currentThread;

/** A statically imported {@code currentThread()} that only reads the flag: the interrupt is still lost. */
public final class BadStaticallyImportedCheckOnly {
    private BadStaticallyImportedCheckOnly() {
    }

    public static boolean quietlySleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) { // expect: InterruptSwallowed['InterruptedException is swallowed']
            return currentThread().isInterrupted();
        }
    }
}
