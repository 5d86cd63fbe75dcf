package misuse.monitoronconcurrencyobject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Journal with an AtomicLong counter beside it that synchronizes on a dedicated plain Object lock. */
public class GoodPlainObjectMonitor {
    private final Object lock = new Object();
    private final AtomicLong appended = new AtomicLong();
    private final List<String> journal = new ArrayList<>();

    public void append(String entry) {
        synchronized (lock) {
            journal.add(entry);
        }
        appended.incrementAndGet();
    }

    public List<String> snapshot() {
        synchronized (lock) {
            return new ArrayList<>(journal);
        }
    }

    public long appended() {
        return appended.get();
    }
}
