package demo;

import java.util.concurrent.atomic.AtomicBoolean;

/** A lock of the project's own, which fearless knows only from fearless.yml. */
public final class SpinLock {
    private final AtomicBoolean held = new AtomicBoolean();

    public void acquire() {
        while (!held.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
    }

    public void release() {
        held.set(false);
    }
}
