package races.guardedbyviolation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.concurrent.GuardedBy;

/** A job list guarded by a private lock object; cancelAll() clears it without taking that lock. */
public class BadGuardedByLockFieldWrite {
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final List<String> jobs = new ArrayList<>();

    public void schedule(String job) {
        synchronized (lock) {
            jobs.add(job);
        }
    }

    public int pending() {
        synchronized (lock) {
            return jobs.size();
        }
    }

    public void cancelAll() {
        jobs.clear(); // expect: GuardedByViolation['`jobs` is @GuardedBy("lock") but is written here without holding `lock`']
    }
}
