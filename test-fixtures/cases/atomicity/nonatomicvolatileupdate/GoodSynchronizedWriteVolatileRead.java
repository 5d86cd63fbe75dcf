package atomicity.nonatomicvolatileupdate;

/** Counter using the "cheap read-write lock" trick (Goetz): increments are synchronized, reads use the volatile field without a lock. */
public class GoodSynchronizedWriteVolatileRead {
    private volatile int value;

    public synchronized int increment() {
        return ++value;
    }

    public int value() {
        return value;
    }
}
