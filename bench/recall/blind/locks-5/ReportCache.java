// EXPECT: write-under-read-lock @ line 36
package probe5.locks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Read-mostly cache of rendered reports. Lookups share a read lock so that
 * many dashboard requests can be served in parallel; invalidation takes the
 * write lock.
 */
public class ReportCache {

    /** An immutable rendered report. */
    public record Report(String key, String body) {
    }

    private final Map<String, Report> reports = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Function<String, Report> renderer;

    public ReportCache(Function<String, Report> renderer) {
        this.renderer = renderer;
    }

    /** Returns the cached report, rendering and caching it on a miss. */
    public Report get(String key) {
        lock.readLock().lock();
        try {
            Report report = reports.get(key);
            if (report == null) {
                report = renderer.apply(key);
                reports.put(key, report); // BUG: HashMap mutated while holding only the shared read lock; concurrent readers/writers corrupt the map
            }
            return report;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Drops a report so that it is re-rendered on next access. */
    public void invalidate(String key) {
        lock.writeLock().lock();
        try {
            reports.remove(key);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return reports.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ReportCache cache = new ReportCache(k -> new Report(k, "rendered " + k));
        Thread[] readers = new Thread[4];
        for (int r = 0; r < readers.length; r++) {
            int offset = r;
            readers[r] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    cache.get("report-" + ((i + offset) % 500));
                    if (i % 100 == 0) {
                        cache.invalidate("report-" + (i % 500));
                    }
                }
            }, "reader-" + r);
            readers[r].start();
        }
        for (Thread reader : readers) {
            reader.join();
        }
        System.out.println("cached reports: " + cache.size());
    }
}
