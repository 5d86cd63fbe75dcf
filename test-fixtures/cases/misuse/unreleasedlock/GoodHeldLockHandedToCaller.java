package misuse.unreleasedlock;

import java.io.Closeable;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Striped row locks: read() takes a stripe's lock and hands it, held, to the row handle the caller
 * closes; the release is the handle's job (lucene HnswLock).
 */
public class GoodHeldLockHandedToCaller {
    private final ReentrantReadWriteLock[] stripes = new ReentrantReadWriteLock[16];

    public GoodHeldLockHandedToCaller() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantReadWriteLock();
        }
    }

    public Row read(int row) {
        Lock lock = stripes[row % stripes.length].readLock();
        lock.lock();
        return new Row(lock);
    }

    /** A row held under its stripe's lock until closed. */
    public static final class Row implements Closeable {
        private final Lock lock;

        Row(Lock lock) {
            this.lock = lock;
        }

        @Override
        public void close() {
            lock.unlock();
        }
    }
}
