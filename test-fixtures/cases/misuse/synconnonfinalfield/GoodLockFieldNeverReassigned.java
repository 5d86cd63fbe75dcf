package misuse.synconnonfinalfield;

/** Counter that locks on a lock field not declared final: nothing stops a later change from assigning it, after which two threads hold different monitors. */
public class BadNonFinalLockField {
    private Object lock = new Object();
    private long total;

    public void add(long amount) {
        synchronized (lock) { // expect: SyncOnNonFinalField
            total += amount;
        }
    }

    public long total() {
        synchronized (this.lock) { // expect: SyncOnNonFinalField
            return total;
        }
    }
}
