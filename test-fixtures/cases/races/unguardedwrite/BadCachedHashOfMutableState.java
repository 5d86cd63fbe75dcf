package races.unguardedwrite;

import java.util.Arrays;

/**
 * The look-alike caches a hash of a column another thread can replace: a thread can store the hash of
 * the old column after the new one was set, and the cache then disagrees with equals(). The class is
 * documented to be shared between threads.
 */
public final class BadCachedHashOfMutableState {
    private final String[] columns;
    private String region;
    private int hash;

    public BadCachedHashOfMutableState(String... columns) {
        this.columns = columns.clone();
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(columns) * 31 + region.hashCode();
            hash = h; // expect: UnguardedWrite['`hash` is written without a lock, in class `BadCachedHashOfMutableState`, documented to be shared between threads']
        }
        return h;
    }

    public void setRegion(String region) {
        this.region = region; // expect: UnguardedWrite['`region` is written without a lock']
        hash = 0; // expect: UnguardedWrite['`hash` is written without a lock']
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BadCachedHashOfMutableState other && Arrays.equals(columns, other.columns);
    }
}
