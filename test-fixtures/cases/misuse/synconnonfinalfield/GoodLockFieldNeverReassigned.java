package misuse.synconnonfinalfield;

/**
 * Counter that locks on a lock field not declared final but never assigned again: every thread locks the
 * same object, so there is no split lock, only a missing {@code final} (cassandra
 * JVMStabilityInspector.lock, misuse review of 2026-12-03).
 */
public class GoodLockFieldNeverReassigned {
    private Object lock = new Object();
    private long total;

    public void add(long amount) {
        synchronized (lock) {
            total += amount;
        }
    }

    public long total() {
        synchronized (this.lock) {
            return total;
        }
    }
}
