package misuse.unreleasedlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Session cache that unlocks after the work instead of in finally: if load() throws, the lock is never released. */
public class BadUnlockNotInFinally {
    private final Lock lock = new ReentrantLock();
    private final Map<String, String> sessions = new HashMap<>();

    public String session(String id) {
        lock.lock(); // expect: UnreleasedLock['`lock` is released outside a finally block']
        String s = sessions.get(id);
        if (s == null) {
            s = load(id);
            sessions.put(id, s);
        }
        lock.unlock();
        return s;
    }

    private static String load(String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("empty session id");
        }
        return "session-" + id;
    }
}
