package races.unguardedread;

import java.util.Arrays;

/**
 * A batch of values that is filled, then frozen: every writer checks under the lock that the batch is
 * not frozen yet and throws otherwise, the freeze is set only to true, under the same lock, and every
 * reader first checks that it is set (lucene DocValuesFieldUpdates: add, finish, iterator). A read that
 * saw the volatile flag set comes after every write, so the sums read the values without the lock.
 */
public final class GoodReadsAfterFreeze {
    private volatile boolean frozen;
    private long[] values = new long[8];
    private int size;

    public synchronized void add(long value) {
        if (frozen) {
            throw new IllegalStateException("already frozen");
        }
        if (size == values.length) {
            grow(size * 2);
        }
        values[size] = value;
        size++;
    }

    private void grow(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    public synchronized void freeze() {
        if (frozen) {
            throw new IllegalStateException("already frozen");
        }
        values = Arrays.copyOf(values, size);
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
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }
}
