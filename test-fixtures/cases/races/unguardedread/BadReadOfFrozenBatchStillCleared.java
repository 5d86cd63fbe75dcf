package races.unguardedread;

import java.util.Arrays;

/**
 * The same frozen batch, but {@code clear} empties it without checking the freeze: a sum that already
 * saw the batch frozen can read the size while another thread clears it.
 */
public final class BadReadOfFrozenBatchStillCleared {
    private volatile boolean frozen;
    private long[] values = new long[8];
    private int size;

    public synchronized void add(long value) {
        if (frozen) {
            throw new IllegalStateException("already frozen");
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        size++;
    }

    public synchronized void clear() {
        size = 0;
    }

    public synchronized void freeze() {
        if (frozen) {
            throw new IllegalStateException("already frozen");
        }
        frozen = true;
    }

    private void ensureFrozen() {
        if (!frozen) {
            throw new IllegalStateException("call freeze first");
        }
    }

    public long sum() {
        ensureFrozen();
        long sum = 0;
        for (int i = 0; i < size; i++) { // expect: UnguardedRead['`size` is read without `this`']
            sum += values[i];
        }
        return sum;
    }
}
