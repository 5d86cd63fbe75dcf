package races.unsynchronizedoverride;

/**
 * A promise overrides the synchronized {@code await} only to return its own type: it calls
 * {@code super.await()}, which holds the monitor for the whole wait, and returns {@code this}
 * (cassandra SyncPromise.await).
 */
public class GoodOverrideCallsSuperThenReturnsThis extends Waiter {
    private final String name;

    public GoodOverrideCallsSuperThenReturnsThis(String name) {
        this.name = name;
    }

    @Override
    public GoodOverrideCallsSuperThenReturnsThis await() throws InterruptedException {
        super.await();
        return this;
    }

    public String name() {
        return name;
    }
}

/** Waits under the monitor until signalled. */
class Waiter {
    private boolean done;

    public synchronized Waiter await() throws InterruptedException {
        while (!done) {
            wait();
        }
        return this;
    }

    public synchronized void signal() {
        done = true;
        notifyAll();
    }
}
