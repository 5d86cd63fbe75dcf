// EXPECT: unsynchronized-iteration @ line 78
package probe7b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Session table for an HTTP server. I/O threads open, touch and invalidate
 * sessions; a scheduled reaper thread removes sessions that have been idle too long.
 */
public final class SessionExpiryReaper implements AutoCloseable {

    public static final class Session {
        final String id;
        final long createdMillis;
        volatile long lastAccessMillis;

        Session(String id, long now) {
            this.id = id;
            this.createdMillis = now;
            this.lastAccessMillis = now;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>(); // guarded by rwLock
    private final ReentrantReadWriteLock rwLock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor();
    private final long maxIdleMillis;

    public SessionExpiryReaper(long maxIdleMillis) {
        this.maxIdleMillis = maxIdleMillis;
    }

    public void start() {
        reaper.scheduleWithFixedDelay(this::reapExpired, 1, 1, TimeUnit.SECONDS);
    }

    public Session open(String id) {
        Session session = new Session(id, System.currentTimeMillis());
        rwLock.writeLock().lock();
        try {
            sessions.put(id, session);
        } finally {
            rwLock.writeLock().unlock();
        }
        return session;
    }

    public Session touch(String id) {
        rwLock.readLock().lock();
        try {
            Session session = sessions.get(id);
            if (session != null) {
                session.lastAccessMillis = System.currentTimeMillis();
            }
            return session;
        } finally {
            rwLock.readLock().unlock();
        }
    }

    public void invalidate(String id) {
        rwLock.writeLock().lock();
        try {
            sessions.remove(id);
        } finally {
            rwLock.writeLock().unlock();
        }
    }

    void reapExpired() {
        long cutoff = System.currentTimeMillis() - maxIdleMillis;
        List<String> expired = new ArrayList<>();
        for (Session session : sessions.values()) { // BUG: reaper thread iterates the HashMap without the read lock while I/O threads open()/invalidate() under the write lock; the iterator can throw ConcurrentModificationException (silently cancelling the scheduled task) or traverse a half-resized table
            if (session.lastAccessMillis < cutoff) {
                expired.add(session.id);
            }
        }
        if (expired.isEmpty()) {
            return;
        }
        rwLock.writeLock().lock();
        try {
            for (String id : expired) {
                Session session = sessions.get(id);
                if (session != null && session.lastAccessMillis < cutoff) {
                    sessions.remove(id);
                }
            }
        } finally {
            rwLock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        reaper.shutdownNow();
    }
}
