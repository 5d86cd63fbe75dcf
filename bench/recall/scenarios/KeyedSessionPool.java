// EXPECT: check-then-act @ line 56
package recall2;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keyed pool of protocol sessions (one sub-pool per remote host), similar to
 * commons-pool's GenericKeyedObjectPool. release() is called by many worker threads,
 * close() by the application shutdown hook.
 */
public class KeyedSessionPool {

    public static final class Session {
        private final String host;
        private volatile boolean open = true;

        Session(String host) {
            this.host = host;
        }

        public String host() {
            return host;
        }

        public boolean isOpen() {
            return open;
        }

        void destroy() {
            open = false;
        }
    }

    private final Map<String, Deque<Session>> idleByHost = new ConcurrentHashMap<>();
    private final AtomicInteger destroyed = new AtomicInteger();
    private volatile boolean closed;

    public Session acquire(String host) {
        if (closed) {
            throw new IllegalStateException("pool closed");
        }
        Deque<Session> idle = idleByHost.get(host);
        Session s = idle == null ? null : idle.pollFirst();
        return s != null ? s : new Session(host);
    }

    public void release(Session session) {
        if (closed || !session.isOpen()) {
            destroy(session);
            return;
        }
        idleByHost.computeIfAbsent(session.host(), h -> new ConcurrentLinkedDeque<>()).offerFirst(session);
    }

    public void close() {
        closed = true;
        for (Deque<Session> idle : idleByHost.values()) {
            Session s;
            while ((s = idle.pollFirst()) != null) {
                destroy(s);
            }
        }
    }

    private void destroy(Session s) {
        s.destroy();
        destroyed.incrementAndGet();
    }

    public int destroyedCount() {
        return destroyed.get();
    }
}
