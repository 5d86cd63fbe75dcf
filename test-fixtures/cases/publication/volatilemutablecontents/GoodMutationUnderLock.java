package publication.volatilemutablecontents;

import java.util.ArrayList;
import java.util.List;

/** The volatile list's contents are only changed and read while holding the lock, so the lock orders them. */
public class GoodMutationUnderLock {
    private final Object lock = new Object();
    private volatile List<String> queue = new ArrayList<>();

    public void enqueue(String item) {
        synchronized (lock) {
            queue.add(item);
        }
    }

    public List<String> takeAll() {
        synchronized (lock) {
            List<String> taken = queue;
            queue = new ArrayList<>();
            return taken;
        }
    }

    public boolean hasWork() {
        synchronized (lock) {
            return !queue.isEmpty();
        }
    }
}
