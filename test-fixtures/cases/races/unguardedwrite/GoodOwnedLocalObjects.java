package races.unguardedwrite;

/** Fills a Summary it allocates itself: the object is owned by the calling thread, so writing its fields without a lock is fine. */
public class GoodOwnedLocalObjects {
    private final Object lock = new Object();
    private long total;
    private long count;

    public void record(long value) {
        synchronized (lock) {
            total += value;
            count++;
        }
    }

    public Summary summarize() {
        Summary summary = new Summary();
        synchronized (lock) {
            summary.total = total;
            summary.count = count;
        }
        summary.mean = summary.count == 0 ? 0.0 : (double) summary.total / summary.count;
        return summary;
    }

    /** A plain value holder, filled by the thread that creates it before it is handed out. */
    public static final class Summary {
        long total;
        long count;
        double mean;
    }
}
