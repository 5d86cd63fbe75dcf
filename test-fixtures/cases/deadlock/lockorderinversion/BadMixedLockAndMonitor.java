package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** A buffered log: append() holds the monitor and takes the I/O ReentrantLock when the buffer is full, flush() holds the I/O lock and then synchronizes on this: a monitor and a j.u.c. lock taken in opposite orders deadlock like two monitors. */
public final class BadMixedLockAndMonitor {
    private final ReentrantLock ioLock = new ReentrantLock();
    private final List<String> pending = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    public synchronized void append(String line) {
        pending.add(line);
        if (pending.size() >= 100) {
            ioLock.lock(); // expect: LockOrderInversion
            try {
                writeAll();
            } finally {
                ioLock.unlock();
            }
        }
    }

    public void flush() {
        ioLock.lock();
        try {
            synchronized (this) { // expect: LockOrderInversion['other side of a lock-order inversion']
                writeAll();
            }
        } finally {
            ioLock.unlock();
        }
    }

    private void writeAll() {
        for (String line : pending) {
            out.append(line).append('\n');
        }
        pending.clear();
    }
}
