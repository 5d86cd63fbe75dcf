package sendsync.readlockwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Under the read lock the method only fills a local list it created: each reader has its own. */
public class GoodLocalResultUnderReadLock {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final TreeMap<String, Integer> scores = new TreeMap<>();

    public List<String> topPrefixed(String prefix) {
        List<String> out = new ArrayList<>();
        rw.readLock().lock();
        try {
            for (Map.Entry<String, Integer> e : scores.tailMap(prefix).entrySet()) {
                if (!e.getKey().startsWith(prefix)) {
                    break;
                }
                out.add(e.getKey() + "=" + e.getValue());
            }
        } finally {
            rw.readLock().unlock();
        }
        return out;
    }

    public void score(String name, int points) {
        rw.writeLock().lock();
        try {
            scores.merge(name, points, Integer::sum);
        } finally {
            rw.writeLock().unlock();
        }
    }
}
