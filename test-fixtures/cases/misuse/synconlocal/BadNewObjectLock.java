package misuse.synconlocal;

import java.util.concurrent.atomic.AtomicLong;

/** Request statistics updated inside synchronized (new Object()): a brand-new monitor per call, so readers can still see the count bumped without the byte total. */
public class BadNewObjectLock {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public void record(long size) {
        synchronized (new Object()) { // expect: SyncOnLocal['synchronized on a new object']
            requests.incrementAndGet();
            bytes.addAndGet(size);
        }
    }

    public double averageSize() {
        long n = requests.get();
        return n == 0 ? 0.0 : (double) bytes.get() / n;
    }
}
