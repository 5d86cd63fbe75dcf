package races.unguardedwrite;

/** Cache statistics whose private reset helper runs under the monitor from rotate() but without it from resetNow(). */
public class BadHelperCalledWithoutLock {
    private long hits;
    private long misses;

    public synchronized void hit() {
        hits++; // related: UnguardedWrite@28['`hits` is accessed under `this` here']
    }

    public synchronized void miss() {
        misses++; // related: UnguardedWrite@29['`misses` is accessed under `this` here']
    }

    public synchronized double rotate() {
        long total = hits + misses;
        double ratio = total == 0 ? 0.0 : (double) hits / total;
        clearCounters();
        return ratio;
    }

    public void resetNow() {
        clearCounters(); // related: UnguardedWrite@28['reaches the write from here'], UnguardedWrite@29['reaches the write from here']
    }

    private void clearCounters() {
        hits = 0; // expect: UnguardedWrite['`hits` is written without `this`'], UnguardedWrite['(reached from `BadHelperCalledWithoutLock.resetNow` at line 24)']
        misses = 0; // expect: UnguardedWrite['`misses` is written without `this`'], UnguardedWrite['(reached from `BadHelperCalledWithoutLock.resetNow` at line 24)']
    }
}
