package sendsync.readlockwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Readers bump an AtomicLong and a ConcurrentHashMap under the read lock: those tolerate concurrent updates. */
public class GoodConcurrentStatsUnderReadLock {
    private final ReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Integer> ports = new HashMap<>();
    private final AtomicLong lookups = new AtomicLong();
    private final Map<String, Long> perService = new ConcurrentHashMap<>();

    public Integer port(String service) {
        rw.readLock().lock();
        try {
            lookups.incrementAndGet();
            perService.merge(service, 1L, Long::sum);
            return ports.get(service);
        } finally {
            rw.readLock().unlock();
        }
    }

    public void register(String service, int port) {
        rw.writeLock().lock();
        try {
            ports.put(service, port);
        } finally {
            rw.writeLock().unlock();
        }
    }

    public long lookups() {
        return lookups.get();
    }
}
