package misuse.emptysynchronized;

/** Connection tracker whose synchronized block contains the update it guards. */
public class GoodNonEmptyBlock {
    private final Object lock = new Object();
    private int open;

    public void opened() {
        synchronized (lock) {
            // keep the count consistent with the pool
            open++;
        }
    }

    public int open() {
        synchronized (lock) {
            return open;
        }
    }
}
