package deadlock.lockupgrade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Rebuilding the search index holds the catalog's read lock and takes the index's write lock: two different ReadWriteLocks, so it is an ordinary (consistent) nesting, not an upgrade. */
public final class GoodTwoRwLocks {
    private final ReentrantReadWriteLock catalogLock = new ReentrantReadWriteLock();
    private final ReentrantReadWriteLock indexLock = new ReentrantReadWriteLock();
    private final List<String> products = new ArrayList<>();
    private final Map<Character, Integer> index = new HashMap<>();

    public void addProduct(String name) {
        catalogLock.writeLock().lock();
        try {
            products.add(name);
        } finally {
            catalogLock.writeLock().unlock();
        }
    }

    public void rebuildIndex() {
        catalogLock.readLock().lock();
        try {
            indexLock.writeLock().lock();
            try {
                index.clear();
                for (String name : products) {
                    index.merge(name.charAt(0), 1, Integer::sum);
                }
            } finally {
                indexLock.writeLock().unlock();
            }
        } finally {
            catalogLock.readLock().unlock();
        }
    }

    public int countStartingWith(char initial) {
        indexLock.readLock().lock();
        try {
            return index.getOrDefault(initial, 0);
        } finally {
            indexLock.readLock().unlock();
        }
    }
}
