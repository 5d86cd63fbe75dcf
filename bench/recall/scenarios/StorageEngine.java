// EXPECT: deadlock-lock-order @ line 36
package recall2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tiny storage engine with a buffer pool and a write-ahead log, each protected by its own
 * ReentrantLock. Page writers and the checkpointer run on separate threads.
 */
public class StorageEngine {

    static final class BufferPool {
        final ReentrantLock lock = new ReentrantLock();
        private final Map<Long, byte[]> dirtyPages = new HashMap<>();
        private WriteAheadLog wal;

        void markDirty(long pageId, byte[] data) {
            lock.lock();
            try {
                dirtyPages.put(pageId, data);
            } finally {
                lock.unlock();
            }
        }

        /** Writes a dirty page to disk; the WAL must be forced first (WAL protocol). */
        void flushPage(long pageId) {
            lock.lock();
            try {
                byte[] data = dirtyPages.remove(pageId);
                if (data != null) {
                    wal.force();
                    writeToDisk(pageId, data);
                }
            } finally {
                lock.unlock();
            }
        }

        List<Long> dirtyPageIds() {
            lock.lock();
            try {
                return new ArrayList<>(dirtyPages.keySet());
            } finally {
                lock.unlock();
            }
        }

        private void writeToDisk(long pageId, byte[] data) {
            // elided
        }
    }

    static final class WriteAheadLog {
        final ReentrantLock lock = new ReentrantLock();
        private final List<String> records = new ArrayList<>();
        private long nextLsn;
        private long flushedLsn;
        private BufferPool pool;

        long append(String record) {
            lock.lock();
            try {
                records.add(record);
                return ++nextLsn;
            } finally {
                lock.unlock();
            }
        }

        void force() {
            lock.lock();
            try {
                flushedLsn = nextLsn;
                records.clear();
            } finally {
                lock.unlock();
            }
        }

        /** Writes a fuzzy checkpoint record listing the currently dirty pages. */
        void checkpoint() {
            lock.lock();
            try {
                List<Long> dirty = pool.dirtyPageIds();
                records.add("CHECKPOINT " + dirty);
                flushedLsn = ++nextLsn;
            } finally {
                lock.unlock();
            }
        }
    }

    private final BufferPool bufferPool = new BufferPool();
    private final WriteAheadLog wal = new WriteAheadLog();

    public StorageEngine() {
        bufferPool.wal = wal;
        wal.pool = bufferPool;
    }

    public void update(long pageId, byte[] data) {
        wal.append("UPDATE " + pageId);
        bufferPool.markDirty(pageId, data);
    }

    public void flush(long pageId) {
        bufferPool.flushPage(pageId);
    }

    public void checkpoint() {
        wal.checkpoint();
    }

    public static void main(String[] args) throws InterruptedException {
        StorageEngine engine = new StorageEngine();
        Thread writer = new Thread(() -> {
            for (long i = 0; i < 1_000_000; i++) {
                engine.update(i % 64, new byte[16]);
                engine.flush(i % 64);
            }
        }, "page-writer");
        Thread checkpointer = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                engine.checkpoint();
            }
        }, "checkpointer");
        writer.start();
        checkpointer.start();
        writer.join();
        checkpointer.join();
    }
}
