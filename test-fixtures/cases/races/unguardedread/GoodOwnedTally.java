package races.unguardedread;

/** Sums a batch in a Tally it allocates itself: the Tally is owned by this thread, so reading its field without the lock is fine. */
public class GoodOwnedTally {
    public long sumBatch(int[] values) {
        Tally tally = new Tally();
        for (int value : values) {
            tally.add(value);
        }
        return tally.total;
    }
}

/** A running total whose updates take the monitor, for when it is shared. */
class Tally {
    long total;

    synchronized void add(long amount) {
        total += amount;
    }

    synchronized long total() {
        return total;
    }
}
