// EXPECT: unreleased-lock @ line 30
package probe8b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory schema registry. Producers register schemas and consumers resolve
 * ids concurrently from the request handler pool.
 */
public class SchemaRegistry {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySubject = new HashMap<>();
    private int nextId = 1;

    public String schema(int id) {
        lock.readLock().lock();
        try {
            return schemasById.get(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Registers the subject's schema, returning the existing id if already known. */
    public int register(String subject, String definition) {
        lock.writeLock().lock(); // BUG: write lock is not released on the early return for an already-registered subject (no try/finally)
        Integer existing = idsBySubject.get(subject);
        if (existing != null) {
            return existing;
        }
        int id = nextId++;
        schemasById.put(id, definition);
        idsBySubject.put(subject, id);
        lock.writeLock().unlock();
        return id;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return schemasById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SchemaRegistry registry = new SchemaRegistry();
        String[] subjects = {"orders-value", "payments-value", "users-key"};
        ExecutorService handlers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 3_000; i++) {
            final String subject = subjects[i % subjects.length];
            if (i % 2 == 0) {
                handlers.execute(() -> registry.register(subject, "{\"type\":\"record\",\"name\":\"" + subject + "\"}"));
            } else {
                final int id = 1 + i % 3;
                handlers.execute(() -> registry.schema(id));
            }
        }
        handlers.shutdown();
        if (!handlers.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("handlers stuck; registry size unknown");
        }
    }
}
