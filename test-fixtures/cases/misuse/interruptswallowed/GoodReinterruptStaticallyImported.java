package misuse.interruptswallowed;

import static java.lang.Thread.currentThread;

/** A quiet sleep that re-flags the interrupt through a statically imported {@code currentThread()}. */
public final class GoodReinterruptStaticallyImported {
    private GoodReinterruptStaticallyImported() {
    }

    public static void quietlySleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            currentThread().interrupt();
        }
    }
}
