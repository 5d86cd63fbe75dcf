// EXPECT: unlock-not-in-finally @ line 23
package probe2.dl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Accepts "name=delta" lines pushed by agents over several connections and keeps
 * running totals that the scrape endpoint reads.
 */
public class CounterIngestor {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Long> totals = new HashMap<>();
    private long linesAccepted;

    public void ingest(String line) {
        int sep = line.indexOf('=');
        if (sep <= 0) {
            throw new IllegalArgumentException("malformed counter line: " + line);
        }
        String name = line.substring(0, sep).trim();
        lock.lock(); // BUG: unlock() is not in a finally block; Long.parseLong below throws NumberFormatException on a bad delta and the lock is never released
        long delta = Long.parseLong(line.substring(sep + 1).trim());
        totals.merge(name, delta, Long::sum);
        linesAccepted++;
        lock.unlock();
    }

    public int ingestAll(Iterable<String> lines) {
        int rejected = 0;
        for (String line : lines) {
            try {
                ingest(line);
            } catch (IllegalArgumentException e) {
                rejected++;
            }
        }
        return rejected;
    }

    public Map<String, Long> snapshot() {
        lock.lock();
        try {
            return new HashMap<>(totals);
        } finally {
            lock.unlock();
        }
    }

    public long linesAccepted() {
        lock.lock();
        try {
            return linesAccepted;
        } finally {
            lock.unlock();
        }
    }

    public void reset() {
        lock.lock();
        try {
            totals.clear();
            linesAccepted = 0;
        } finally {
            lock.unlock();
        }
    }
}
