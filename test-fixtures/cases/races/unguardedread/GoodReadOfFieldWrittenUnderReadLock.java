package races.unguardedread;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A key iterator that takes its file's read lock to read the next key (the write lock is for closing
 * the file) and notes the position it read at: the read lock is held for the file, not for the field,
 * and cannot guard a write anyway (its holders run at once), so a read of the position without it reads
 * no field some lock guards.
 */
public class GoodReadOfFieldWrittenUnderReadLock {
    private final ReadWriteLock fileAccessLock = new ReentrantReadWriteLock();
    private final StringBuilder file = new StringBuilder("a,b,c");
    private long keyPosition;

    public String keyAt(int at) {
        fileAccessLock.readLock().lock();
        try {
            keyPosition = at;
            int comma = file.indexOf(",", at);
            return comma < 0 ? file.substring(at) : file.substring(at, comma);
        } finally {
            fileAccessLock.readLock().unlock();
        }
    }

    public void close() {
        fileAccessLock.writeLock().lock();
        try {
            file.setLength(0);
        } finally {
            fileAccessLock.writeLock().unlock();
        }
    }

    public long keyPosition() {
        return keyPosition;
    }
}
