package races.unguardedread;

import java.util.concurrent.locks.StampedLock;

/**
 * The latest schema of a subject: writers move it under the write half of a StampedLock; readers read
 * optimistically and validate the stamp, reading again under the read half when a writer came in
 * between. What an invalid optimistic read saw is thrown away.
 */
public final class GoodStampedOptimisticRead {
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
        int version = latestVersion;
        long schemaId = latestSchemaId;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                version = latestVersion;
                schemaId = latestSchemaId;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return version == 0 ? -1 : schemaId;
    }
}
