package sendsync.readlockwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A reader remembers the last query in a field while holding the read lock: readers overwrite each other's value. */
public class BadFieldAssignUnderReadLock {
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final List<String> names = new ArrayList<>();
    private String lastQuery = "";

    public boolean contains(String name) {
        rw.readLock().lock();
        try {
            lastQuery = name; // expect: ReadLockWrite['`lastQuery` is written while holding only the read lock']
            return names.contains(name);
        } finally {
            rw.readLock().unlock();
        }
    }

    public void add(String name) {
        rw.writeLock().lock();
        try {
            names.add(name);
        } finally {
            rw.writeLock().unlock();
        }
    }

    public String lastQuery() {
        rw.readLock().lock();
        try {
            return lastQuery;
        } finally {
            rw.readLock().unlock();
        }
    }
}
