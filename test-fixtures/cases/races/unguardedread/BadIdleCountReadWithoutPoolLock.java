package races.unguardedread;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A pool whose idle connections are guarded by its monitor, and a monitoring getter that returns their
 * count without it: real, but the count it returns is only a moment old (the getter asks the deque
 * nothing else and decides nothing on it), so a note. The look-alike that takes a connection after
 * testing the count stays a warning.
 */
public class BadIdleCountReadWithoutPoolLock {
    private Deque<String> idle = new ArrayDeque<>();

    public synchronized void release(String connection) {
        idle.push(connection);
    }

    public synchronized void clear() {
        idle = new ArrayDeque<>();
    }

    public int idleCount() {
        return idle.size(); // expect: UnguardedRead['`idle.size()` is read without `this`'], UnguardedRead['`idle` is read without `this`']
    }

    /** The program itself returns connections from a reaper thread. */
    public void startReaper(Iterable<String> expired) {
        new Thread(() -> expired.forEach(this::release)).start();
    }

    public String takeIfAny() {
        if (!idle.isEmpty()) { // expect: UnguardedRead['`idle.isEmpty()` is read without `this`'], UnguardedRead['`idle` is read without `this`']
            synchronized (this) {
                return idle.pop();
            }
        }
        return null;
    }
}
