package misuse.waitnotinloop;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Waits once, with a timeout, for an id to be loaded, then tests again and answers empty as on a timeout
 * (kafka's ClientTelemetryReporter.clientInstanceId): a spurious wakeup only ends the wait before its time.
 * A note; the look-alike BadTimedWaitNoLoop goes on with its condition false.
 */
public class BadTimedAwaitRecheckedNote {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition loaded = lock.newCondition();
    private String id;

    public Optional<String> instanceId(long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            if (id == null) {
                loaded.await(timeoutMillis, TimeUnit.MILLISECONDS); // expect: WaitNotInLoop['only ends the wait before its time']
            }
            if (id == null) {
                return Optional.empty();
            }
            return Optional.of(id);
        } finally {
            lock.unlock();
        }
    }

    public void loaded(String value) {
        lock.lock();
        try {
            id = value;
            loaded.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
