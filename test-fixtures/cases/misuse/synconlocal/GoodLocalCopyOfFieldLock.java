package misuse.synconlocal;

/** Meter that copies its final lock field into a local before locking: the local names the monitor that every thread shares. */
public class GoodLocalCopyOfFieldLock {
    private final Object lock = new Object();
    private long reads;
    private long writes;

    public void count(boolean write) {
        Object mutex = this.lock;
        synchronized (mutex) {
            if (write) {
                writes++;
            } else {
                reads++;
            }
        }
    }

    public long total() {
        Object mutex = this.lock;
        synchronized (mutex) {
            return reads + writes;
        }
    }
}
