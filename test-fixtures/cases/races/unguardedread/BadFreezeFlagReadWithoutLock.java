package races.unguardedread;

import java.util.Arrays;

/**
 * A batch frozen by a plain flag, shrunk in the section that sets it (lucene DocValuesFieldUpdates.finish):
 * the readers' check reads the flag without the lock, so a reader can see it set and still see the
 * values half-written. The race is that one read of the flag; the reads it lets through are ordered
 * after every write by the freeze, and are not reported again.
 */
public final class BadFreezeFlagReadWithoutLock {
    private boolean finished;
    private long[] values = new long[8];
    private int size;

    public synchronized void add(long value) {
        int index = slot();
        values[index] = value;
    }

    private int slot() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        if (size == values.length) {
            resize(size * 2);
        }
        return size++;
    }

    private void resize(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    public synchronized void finish() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        finished = true;
        resize(size);
    }

    private void ensureFinished() {
        if (finished == false) { // expect: UnguardedRead['`finished` is read without `this`'], UnguardedRead['(reached from `BadFreezeFlagReadWithoutLock.snapshot` at line 50)']
            throw new IllegalStateException("call finish first");
        }
    }

    public long[] snapshot() {
        ensureFinished(); // related: UnguardedRead@44['reaches the read from here']
        return Arrays.copyOf(values, size);
    }
}
