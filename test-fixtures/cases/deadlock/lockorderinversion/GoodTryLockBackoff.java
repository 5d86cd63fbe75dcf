package deadlock.lockorderinversion;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** put() takes indexLock then storeLock; evict() holds storeLock and only tries indexLock, giving up if it is busy: a failed tryLock never waits, so there is no waiting cycle. */
public final class GoodTryLockBackoff {
    private final ReentrantLock indexLock = new ReentrantLock();
    private final ReentrantLock storeLock = new ReentrantLock();
    private final Map<String, Long> index = new HashMap<>();
    private final Map<Long, String> store = new HashMap<>();
    private long nextId;

    public void put(String key, String value) {
        indexLock.lock();
        try {
            storeLock.lock();
            try {
                long id = nextId++;
                store.put(id, value);
                index.put(key, id);
            } finally {
                storeLock.unlock();
            }
        } finally {
            indexLock.unlock();
        }
    }

    public boolean evict(long id) {
        storeLock.lock();
        try {
            if (indexLock.tryLock()) {
                try {
                    index.values().remove(id);
                    return store.remove(id) != null;
                } finally {
                    indexLock.unlock();
                }
            }
            return false;
        } finally {
            storeLock.unlock();
        }
    }
}
