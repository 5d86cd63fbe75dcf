package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A rolling policy's check, public as its interface asks, that the program reaches only from its
 * appender's append, under the appender's trigger lock (logback's time-based triggering policy): the
 * program never runs it twice at once. Code outside that calls the policy itself, without the lock,
 * would: a note.
 */
public class GoodNextCheckOfPolicyUnderAppenderLock {

    /** Decides when the file rolls over: at most once a second. */
    public static class TimePolicy {
        private final AtomicLong nextCheck = new AtomicLong();

        public boolean isTriggeringEvent(long now) {
            if (now < nextCheck.get()) {
                return false;
            }
            nextCheck.set(now + 1000); // expect: CheckThenAct['only code outside the program that calls it without that lock']
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
    }
}
