// EXPECT: none
package probe7b; import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Slab-style cache: an index maps keys to slots and a slot store holds values in
 * allocation order. Request threads go index -> store; the background evictor has
 * to pick victims from the store first and then fix up the index.
 */
public final class SlotCacheStore {

    private final ReentrantLock indexLock = new ReentrantLock();
    private final ReentrantLock storeLock = new ReentrantLock();
    private final Map<String, Long> slotByKey = new HashMap<>();       // guarded by indexLock
    private final TreeMap<Long, byte[]> valueBySlot = new TreeMap<>(); // guarded by storeLock
    private final Map<Long, String> keyBySlot = new HashMap<>();       // guarded by storeLock
    private long nextSlot;                                             // guarded by storeLock

    /** Request threads. Lock order: indexLock, then storeLock. */
    public void put(String key, byte[] value) {
        indexLock.lock();
        try {
            storeLock.lock();
            try {
                Long old = slotByKey.get(key);
                if (old != null) {
                    valueBySlot.remove(old);
                    keyBySlot.remove(old);
                }
                long slot = nextSlot++;
                valueBySlot.put(slot, value);
                keyBySlot.put(slot, key);
                slotByKey.put(key, slot);
            } finally {
                storeLock.unlock();
            }
        } finally {
            indexLock.unlock();
        }
    }

    public byte[] get(String key) {
        indexLock.lock();
        try {
            Long slot = slotByKey.get(key);
            if (slot == null) {
                return null;
            }
            storeLock.lock();
            try {
                return valueBySlot.get(slot);
            } finally {
                storeLock.unlock();
            }
        } finally {
            indexLock.unlock();
        }
    }

    /** Background evictor thread: drops the oldest slots. Takes the locks in reverse order. */
    public int evictOldest(int count) throws InterruptedException {
        while (true) {
            storeLock.lock();
            try {
                if (indexLock.tryLock()) { // OK: reverse lock order compared to put()/get(), but tryLock() never blocks while storeLock is held; on failure both locks are released and we back off, so no wait-for cycle can form
                    try {
                        int evicted = 0;
                        while (evicted < count && !valueBySlot.isEmpty()) {
                            Map.Entry<Long, byte[]> oldest = valueBySlot.pollFirstEntry();
                            slotByKey.remove(keyBySlot.remove(oldest.getKey()));
                            evicted++;
                        }
                        return evicted;
                    } finally {
                        indexLock.unlock();
                    }
                }
            } finally {
                storeLock.unlock();
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5)); // back off with no locks held
        }
    }

    public int size() {
        storeLock.lock();
        try {
            return valueBySlot.size();
        } finally {
            storeLock.unlock();
        }
    }
}
