package misuse.unreleasedlock;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A reopen thread takes its lock, raises the generation it waits for with {@code Math.max}, and then opens
 * the try that releases the lock: {@code Math.max} of two longs cannot throw, so nothing between the lock
 * and the try can leave it held (lucene's ControlledRealTimeReopenThread.waitForGeneration).
 */
public class GoodTotalFunctionBeforeTry {
    private final ReentrantLock reopenLock = new ReentrantLock();
    private final Condition reopened = reopenLock.newCondition();
    private volatile long waitingGen;
    private volatile long searchingGen;

    public void waitForGeneration(long targetGen) throws InterruptedException {
        reopenLock.lock();
        waitingGen = Math.max(waitingGen, targetGen);
        try {
            while (targetGen > searchingGen) {
                reopened.await();
            }
        } finally {
            reopenLock.unlock();
        }
    }

    public void reopened(long gen) {
        reopenLock.lock();
        try {
            searchingGen = gen;
            reopened.signalAll();
        } finally {
            reopenLock.unlock();
        }
    }
}
