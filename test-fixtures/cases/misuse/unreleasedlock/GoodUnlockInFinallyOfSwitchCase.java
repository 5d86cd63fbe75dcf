package misuse.unreleasedlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A switch case takes the lock and opens the try right after it; the break inside the try still runs the finally. */
public class GoodUnlockInFinallyOfSwitchCase {
    private final Lock lock = new ReentrantLock();
    private int wraps;

    public void step(int status) {
        switch (status) {
            case 0:
                lock.lock();
                try {
                    wraps++;
                    break;
                } finally {
                    lock.unlock();
                }
            default:
                break;
        }
    }
}
