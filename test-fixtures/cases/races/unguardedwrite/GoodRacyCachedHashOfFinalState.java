package races.unguardedwrite;

import java.util.Arrays;

/**
 * A key shared between aggregation threads that caches its hash code without a lock: every thread
 * computes the same int from the final columns and stores it whole, so a race only computes it twice
 * (the String.hashCode idiom). The class is documented to be shared between threads.
 */
public final class GoodRacyCachedHashOfFinalState {
    private final String[] columns;
    private int hash;

    public GoodRacyCachedHashOfFinalState(String... columns) {
        this.columns = columns.clone();
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(columns);
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoodRacyCachedHashOfFinalState other && Arrays.equals(columns, other.columns);
    }
}
