package races.unguardedwrite;

/** Cache statistics whose private reset helper runs under the monitor from rotate() but without it from resetNow(). */
public class BadHelperCalledWithoutLock {
    private long hits;
    private long misses;

    public synchronized void hit() {
        hits++;
    }

    public synchronized void miss() {
        misses++;
    }

    public synchronized double rotate() {
        long total = hits + misses;
        double ratio = total == 0 ? 0.0 : (double) hits / total;
        clearCounters();
        return ratio;
    }

    public void resetNow() {
        clearCounters(); // expect: UnguardedWrite
    }

    private void clearCounters() {
        hits = 0;
        misses = 0;
    }
}
