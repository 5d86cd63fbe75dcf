package races.unguardedwrite;

/** Cache statistics whose private reset helper is only ever called from synchronized methods, so its writes are guarded. */
public class GoodHelperOnlyUnderMonitor {
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

    public synchronized void resetNow() {
        clearCounters();
    }

    private void clearCounters() {
        hits = 0;
        misses = 0;
    }
}
