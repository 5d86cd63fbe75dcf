package races.unguardedread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two kinds of pending updates share a slot allocator that calls a growth hook, as in the good case, but
 * the text kind's own hook replaces its column array when the slots run out (under the kind's lock, from
 * {@code add}), while its column count reads the field without the lock.
 */
public class BadOwnHookReplacesFieldReadUnlocked {

    /** Updates that take slots one by one. */
    public abstract static class Updates {
        protected int size;

        protected int nextSlot() {
            if (size == capacity()) {
                grow();
            }
            return size++;
        }

        protected abstract int capacity();

        protected abstract void grow();
    }

    /** Numbers in an array the hook replaces when full. */
    public static final class NumericUpdates extends Updates {
        private long[] values = new long[4];

        public synchronized void add(long value) {
            int slot = nextSlot();
            values[slot] = value;
        }

        @Override
        protected int capacity() {
            return values.length;
        }

        @Override
        protected void grow() {
            values = Arrays.copyOf(values, values.length * 2);
        }
    }

    /** Text in a list; the column names it is sorted by are fixed when it is made. */
    public static final class TextUpdates extends Updates {
        private final List<String> texts = new ArrayList<>();
        private String[] values;

        public TextUpdates(String... columns) {
            values = columns.clone();
        }

        public synchronized void add(String text) {
            nextSlot();
            texts.add(text);
        }

        @Override
        protected int capacity() {
            return values.length * 8;
        }

        @Override
        protected void grow() {
            values = Arrays.copyOf(values, values.length + 1);
        }

        public int columns() {
            return values.length; // expect: UnguardedRead['`values` is read without `this`, which guards every write to `values` (as in `TextUpdates.grow`)']
        }
    }
}
