// EXPECT: none
package probe7b; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;

/**
 * Serializer-side cache of the latest registered schema for one subject. The
 * registry refresh thread (and producers that register new schemas) update it;
 * every serializer thread reads it once per record, so reads must be cheap.
 */
public final class SchemaVersionCache {

    public record SchemaRef(String subject, int version, long schemaId) { }

    private final String subject;
    private final StampedLock lock = new StampedLock();
    private final ConcurrentHashMap<Long, String> definitionsById = new ConcurrentHashMap<>();
    private int latestVersion;   // written only under the write lock
    private long latestSchemaId; // written only under the write lock

    public SchemaVersionCache(String subject) {
        this.subject = subject;
    }

    /** Returns true if the cache moved forward to the given version. */
    public boolean update(int version, long schemaId, String definition) {
        definitionsById.putIfAbsent(schemaId, definition);
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

    /** Hot path, called by every serializer thread for every record. */
    public SchemaRef latest() {
        long stamp = lock.tryOptimisticRead();
        int version = latestVersion; // OK: lock-free read of writer-guarded fields, but it is a StampedLock optimistic read; if validate() fails (a writer intervened) the possibly torn pair is discarded and re-read under the read lock
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
        return version == 0 ? null : new SchemaRef(subject, version, schemaId);
    }

    public String definition(SchemaRef ref) {
        return definitionsById.get(ref.schemaId());
    }

    public static void main(String[] args) throws InterruptedException {
        SchemaVersionCache cache = new SchemaVersionCache("orders-value");
        Thread refresher = new Thread(() -> {
            for (int v = 1; v <= 1000; v++) {
                cache.update(v, 10_000L + v, "{\"type\":\"record\",\"version\":" + v + "}");
            }
        }, "schema-refresh");
        Thread serializer = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                SchemaRef ref = cache.latest();
                if (ref != null && ref.schemaId() != 10_000L + ref.version()) {
                    throw new AssertionError("torn read " + ref);
                }
            }
        }, "serializer");
        refresher.start();
        serializer.start();
        refresher.join();
        serializer.join();
        System.out.println("latest=" + cache.latest());
    }
}
