package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** An event buffer guarded by a ReentrantLock everywhere except clear(), which mutates the ArrayList without it. */
public class BadUnlockedClear {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> events = new ArrayList<>();

    public void append(String event) {
        lock.lock();
        try {
            events.add(event); // related: UnguardedWrite['`events.add()` is accessed under `lock` here']
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return events.size(); // related: UnguardedWrite['`events.size()` is accessed under `lock` here']
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        events.clear(); // expect: UnguardedWrite['`events.clear()` changes `events` without `lock`']
    }
}
