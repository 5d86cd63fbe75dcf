package races.unguardedread;

/**
 * The same flush control, but {@code markForFlush} also acts on the flag it reads without the monitor:
 * that read is not a debugging check, and can see a stale value.
 */
public class BadReadBesideAssertion {
    private boolean fullFlush;
    private int pending;

    public synchronized void startFullFlush() {
        fullFlush = true;
    }

    public synchronized void finishFullFlush() {
        fullFlush = false;
        pending = 0;
    }

    public void markForFlush(int bytes) {
        assert fullFlush : "only during a full flush";
        if (fullFlush) { // expect: UnguardedRead['`fullFlush` is read without `this`, which guards every write to `fullFlush`']
            add(bytes);
        }
    }

    private synchronized void add(int bytes) {
        pending += bytes;
    }
}
