package races.unguardedread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The look-alike with the test the wrong way round: the list is read directly when the calling thread holds
 * no read lock ({@code getReadHoldCount() == 0}), so that read races with the writers.
 */
public class BadReadWhenHoldCountSaysNoLock {
    private final ReentrantReadWriteLock logLock = new ReentrantReadWriteLock();
    private List<String> committed = new ArrayList<>();

    public void add(String entry) {
        logLock.writeLock().lock();
        try {
            committed.add(entry);
        } finally {
            logLock.writeLock().unlock();
        }
    }

    public void clear() {
        logLock.writeLock().lock();
        try {
            committed = new ArrayList<>();
        } finally {
            logLock.writeLock().unlock();
        }
    }

    public boolean contains(String entry) {
        if (logLock.getReadHoldCount() == 0) {
            return committed.contains(entry); // expect: UnguardedRead['`committed` is read without `logLock.writeLock()`'], UnguardedRead['`committed.contains()` is read without']
        }
        return false;
    }
}
