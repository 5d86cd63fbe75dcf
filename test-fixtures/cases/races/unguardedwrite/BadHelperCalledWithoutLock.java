package races.unguardedwrite;

/** Cache statistics whose private reset helper runs under the monitor from rotate() but without it from resetNow(). */
public class BadHelperCalledWithoutLock {
    private long hits;
    private long misses;

    public synchronized void hit() {
        hits++; // related: UnguardedWrite@24['`hits` is accessed under `this` here']
    }

    public synchronized void miss() {
        misses++; // related: UnguardedWrite@24['`misses` is accessed under `this` here']
    }

    public synchronized double rotate() {
        long total = hits + misses;
        double ratio = total == 0 ? 0.0 : (double) hits / total;
        clearCounters();
        return ratio;
    }

    public void resetNow() {
        clearCounters(); // expect: UnguardedWrite['`hits` is written without `this`'], UnguardedWrite['`misses` is written without `this`'], UnguardedWrite['(in `BadHelperCalledWithoutLock.clearCounters`, called from here)']
    }

    private void clearCounters() {
        hits = 0; // related: UnguardedWrite@24['the write happens here']
        misses = 0; // related: UnguardedWrite@24['the write happens here']
    }
}
