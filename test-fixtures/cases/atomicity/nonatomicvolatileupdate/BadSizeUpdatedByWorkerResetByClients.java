package atomicity.nonatomicvolatileupdate;

/**
 * One worker thread adds to a volatile total (the single-writer design) while clients may reset it:
 * a reset made between the worker's read and write is lost. No two updates meet, so only that write
 * is at stake: a note, where two updaters (BadUpdatedByPoolTasks) stay a warning.
 */
public class BadSizeUpdatedByWorkerResetByClients {
    private volatile long size;

    public static void main(String[] args) {
        BadSizeUpdatedByWorkerResetByClients totals = new BadSizeUpdatedByWorkerResetByClients();
        totals.start(java.util.List.of(1L, 2L, 3L));
        totals.reset();
    }

    private void start(Iterable<Long> sizes) {
        new Thread(() -> {
            for (long s : sizes) {
                add(s);
            }
        }).start();
    }

    private void add(long s) {
        size += s; // expect: NonAtomicVolatileUpdate['a write another thread makes between them is lost']
    }

    public void reset() {
        size = 0;
    }

    public long size() {
        return size;
    }
}
