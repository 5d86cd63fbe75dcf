package misuse.unreleasedlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Registry taking its read and write views into final fields and using each in the canonical try/finally shape. */
public class GoodReadLockViaLocal {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock readLock = rw.readLock();
    private final Lock writeLock = rw.writeLock();
    private final Map<String, Integer> ports = new HashMap<>();

    public Integer port(String service) {
        readLock.lock();
        try {
            return ports.get(service);
        } finally {
            readLock.unlock();
        }
    }

    public void register(String service, int port) {
        Lock w = writeLock;
        w.lock();
        try {
            ports.put(service, port);
        } finally {
            w.unlock();
        }
    }
}
