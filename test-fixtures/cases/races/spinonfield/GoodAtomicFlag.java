package races.spinonfield;

import java.util.concurrent.atomic.AtomicBoolean;

/** Polls an AtomicBoolean with sleep(): the atomic read is a volatile read, so the write becomes visible. */
public class GoodAtomicFlag {
    private final AtomicBoolean done = new AtomicBoolean();

    public void finish() {
        done.set(true);
    }

    public boolean awaitDone() {
        try {
            while (!done.get()) {
                Thread.sleep(10);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
