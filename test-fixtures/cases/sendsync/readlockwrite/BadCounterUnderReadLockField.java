package sendsync.readlockwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A lookup counts hits in a plain int while holding the read lock (through a Lock field): concurrent readers lose increments. */
public class BadCounterUnderReadLockField {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Lock readLock = rw.readLock();
    private final Lock writeLock = rw.writeLock();
    private final Map<String, Integer> ports = new HashMap<>();
    private int lookups;

    public Integer port(String service) {
        readLock.lock();
        try {
            lookups++; // expect: ReadLockWrite
            return ports.get(service);
        } finally {
            readLock.unlock();
        }
    }

    public void register(String service, int port) {
        writeLock.lock();
        try {
            ports.put(service, port);
        } finally {
            writeLock.unlock();
        }
    }

    public int lookups() {
        readLock.lock();
        try {
            return lookups;
        } finally {
            readLock.unlock();
        }
    }
}
