package publication.volatilemutablecontents;

import java.util.Arrays;

/** Copy-on-write: writers (serialized by the lock) build a new array and assign it; readers only read a published array. */
public class GoodCopyOnWriteArray {
    private final Object writeLock = new Object();
    private volatile String[] listeners = new String[0];

    public void add(String listener) {
        synchronized (writeLock) {
            String[] next = Arrays.copyOf(listeners, listeners.length + 1);
            next[next.length - 1] = listener;
            listeners = next;
        }
    }

    public String first() {
        String[] snapshot = listeners;
        return snapshot.length == 0 ? null : snapshot[0];
    }

    public int count() {
        return listeners.length;
    }
}
