package races.unguardedwrite;

/** A hit counter whose readers are synchronized but whose increment is not: concurrent increments are lost. */
public class BadCounterIncrement {
    private int hits;

    public void recordHit() {
        hits++; // expect: UnguardedWrite['`hits` is updated without `this`, which guards 2 other accesses to it']
    }

    public synchronized int hits() {
        return hits;
    }

    public synchronized void reset() {
        hits = 0;
    }
}
