package races.staticguardedbyinstance;

import java.util.concurrent.locks.ReentrantLock;

/** A worker guards the shared static "last error" with its own instance ReentrantLock, which other workers never take. */
public class BadInstanceReentrantLockStatic {
    private static String lastError = "";
    private final ReentrantLock lock = new ReentrantLock();

    public void fail(String message) {
        lock.lock();
        try {
            lastError = message; // expect: StaticGuardedByInstance
        } finally {
            lock.unlock();
        }
    }

    public String lastError() {
        lock.lock();
        try {
            return lastError;
        } finally {
            lock.unlock();
        }
    }
}
