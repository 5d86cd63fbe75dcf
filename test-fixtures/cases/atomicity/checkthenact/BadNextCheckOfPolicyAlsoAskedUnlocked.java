package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The same policy, which the appender also asks without its lock, from a status query any thread may
 * make: two threads can run the check and the set at once, and both roll the file over.
 */
public class BadNextCheckOfPolicyAlsoAskedUnlocked {

    /** Decides when the file rolls over: at most once a second. */
    public static class TimePolicy {
        private final AtomicLong nextCheck = new AtomicLong();

        public boolean isTriggeringEvent(long now) {
            if (now < nextCheck.get()) {
                return false;
            }
            nextCheck.set(now + 1000); // expect: CheckThenAct['two threads can run it at once']
            return true;
        }
    }

    /** The rolling policy that owns the time policy and asks it. */
    public static class RollingPolicy {
        private final TimePolicy time = new TimePolicy();

        public boolean isTriggeringEvent(long now) {
            return time.isTriggeringEvent(now);
        }
    }

    /** Appends lines from any thread, and rolls the file over when its policy says so. */
    public static class Appender {
        private final ReentrantLock triggerLock = new ReentrantLock();
        private final RollingPolicy rolling = new RollingPolicy();
        private int rolled;

        public void append(String line) {
            triggerLock.lock();
            try {
                if (rolling.isTriggeringEvent(System.currentTimeMillis())) {
                    rolled++;
                }
            } finally {
                triggerLock.unlock();
            }
        }

        public boolean wouldRoll() {
            return rolling.isTriggeringEvent(System.currentTimeMillis());
        }
    }
}
