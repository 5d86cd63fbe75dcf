// EXPECT: none
package recall;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class LockedLedger {
    private final Lock lock = new ReentrantLock();
    private final Writer out;
    private long entries;

    public LockedLedger(Writer out) {
        this.out = out;
    }

    public boolean record(String entry) throws IOException {
        try {
            if (!lock.tryLock(1, TimeUnit.SECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            out.write(entry);
            out.write('\n');
            entries++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public long entries() {
        lock.lock();
        try {
            return entries;
        } finally {
            lock.unlock();
        }
    }
}
