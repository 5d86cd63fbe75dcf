// EXPECT: deadlock-lock-order @ line 34
package recall3;

import java.util.ArrayList;
import java.util.List;

/**
 * Log manager with two locks: appenders take the file lock and then the index lock; the
 * rotation thread takes the index lock and then the file lock. An appender and the rotator
 * can deadlock.
 */
public class LogRotationDeadlock {

    static final class LogManager {
        private final Object fileLock = new Object();
        private final Object indexLock = new Object();
        private final StringBuilder currentFile = new StringBuilder();
        private final List<Integer> index = new ArrayList<>();
        private int generation;

        void append(String line) {
            synchronized (fileLock) {
                int offset = currentFile.length();
                currentFile.append(line).append('\n');
                synchronized (indexLock) {
                    index.add(offset);
                }
            }
        }

        void rotate() {
            synchronized (indexLock) {
                index.clear();
                synchronized (fileLock) {
                    currentFile.setLength(0);
                    generation++;
                }
            }
        }

        int generation() {
            synchronized (fileLock) {
                return generation;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LogManager log = new LogManager();
        Thread[] appenders = new Thread[2];
        for (int a = 0; a < appenders.length; a++) {
            final int id = a;
            appenders[a] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    log.append("appender " + id + " line " + i);
                }
            }, "appender-" + a);
        }
        Thread rotator = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                log.rotate();
                Thread.yield();
            }
        }, "rotator");
        for (Thread t : appenders) {
            t.start();
        }
        rotator.start();
        for (Thread t : appenders) {
            t.join();
        }
        rotator.join();
        System.out.println("generation " + log.generation());
    }
}
