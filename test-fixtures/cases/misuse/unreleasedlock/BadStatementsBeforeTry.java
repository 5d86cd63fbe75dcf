package misuse.unreleasedlock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Settings reload that parses the header between writeLock().lock() and the try: a bad header leaves the write lock held and every reader blocked. */
public class BadStatementsBeforeTry {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, String> entries = new HashMap<>();
    private int version;

    public void reload(String header, List<String> lines) {
        rw.writeLock().lock(); // expect: UnreleasedLock['statements run between taking `rw.writeLock()` and the try that releases it']
        int newVersion = Integer.parseInt(header);
        try {
            entries.clear();
            for (String line : lines) {
                int eq = line.indexOf('=');
                entries.put(line.substring(0, eq), line.substring(eq + 1));
            }
            version = newVersion;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public String get(String key) {
        rw.readLock().lock();
        try {
            return entries.get(key) + "@" + version;
        } finally {
            rw.readLock().unlock();
        }
    }
}
