// EXPECT: unreleased-lock @ line 19
package recall;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class UnreleasedLock {
    private final Lock lock = new ReentrantLock();
    private final Writer out;
    private int lines;

    public UnreleasedLock(Writer out) {
        this.out = out;
    }

    public void writeLine(String s) throws IOException {
        lock.lock();
        out.write(s);
        out.write('\n');
        lines++;
        lock.unlock();
    }

    public int lines() {
        lock.lock();
        try {
            return lines;
        } finally {
            lock.unlock();
        }
    }
}
