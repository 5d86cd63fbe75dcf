package misuse.monitoronconcurrencyobject;

import java.util.concurrent.atomic.AtomicBoolean;

/** A call whose completion flag is a private AtomicBoolean whose monitor serves only as the flag's condition queue: every block on it waits for the flag or notifies after setting it, so no exclusion relies on the monitor. */
public class GoodAtomicFlagAsConditionQueue {
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile String result;

    public String await() throws InterruptedException {
        synchronized (done) {
            while (!done.get()) {
                done.wait();
            }
        }
        return result;
    }

    public boolean isDone() {
        return done.get();
    }

    public void complete(String value) {
        result = value;
        synchronized (done) {
            done.set(true);
            done.notifyAll();
        }
    }
}
