package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Every update of the entry's use count happens while the pool holds its read lock. Readers do not
 * exclude one another, so two threads holding the read lock update the count at once and lose one.
 */
public class BadUpdatedUnderCallersReadLock {

    static final class Slot {
        private volatile int uses;

        void use() {
            uses++; // expect: NonAtomicVolatileUpdate['`uses` is volatile, but this update reads it and then writes it in two steps']
        }

        int uses() {
            return uses;
        }
    }

    private final ReadWriteLock rwLock = new ReentrantReadWriteLock();
    private final Slot slot = new Slot();

    public void borrow() {
        rwLock.readLock().lock();
        try {
            slot.use();
        } finally {
            rwLock.readLock().unlock();
        }
    }

    public void borrowAgain() {
        rwLock.readLock().lock();
        try {
            slot.use();
        } finally {
            rwLock.readLock().unlock();
        }
    }
}
