package races.unguardedread;

import java.util.concurrent.locks.StampedLock;

/**
 * The same schema holder, but the reader takes an optimistic stamp and never validates it: the pair it
 * returns may be torn by a writer in between, and nothing reads it again.
 */
public final class BadStampedReadNeverValidated {
    private final StampedLock lock = new StampedLock();
    private int latestVersion;
    private long latestSchemaId;

    public boolean update(int version, long schemaId) {
        long stamp = lock.writeLock();
        try {
            if (version <= latestVersion) {
                return false;
            }
            latestVersion = version;
            latestSchemaId = schemaId;
            return true;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public long latestSchemaId() {
        long stamp = lock.tryOptimisticRead();
        int version = latestVersion; // expect: UnguardedRead['`latestVersion` is read without `lock.writeLock()`']
        long schemaId = latestSchemaId; // expect: UnguardedRead['`latestSchemaId` is read without `lock.writeLock()`']
        return version == 0 || stamp == 0 ? -1 : schemaId;
    }
}
