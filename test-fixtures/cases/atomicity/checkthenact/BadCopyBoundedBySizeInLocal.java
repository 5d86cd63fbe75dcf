package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CERT VNA03-J: the copy reads the size once, then walks the positions below it one call at a time.
 * Another thread's clear() in between leaves positions that no longer exist.
 */
public final class BadCopyBoundedBySizeInLocal {
    private final List<Integer> ints = Collections.synchronizedList(new ArrayList<>());

    public int[] copy() {
        int size = ints.size();
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = ints.get(i); // expect: CheckThenAct['check-then-act on synchronized collection `ints`: `size` and then `get` are each atomic, but not together']
        }
        return result;
    }

    /**
     * Catching the exception for a position that is gone does not help a removal: after another thread's
     * add, the position names another element than the last, and that one is removed.
     */
    public void dropLast() {
        int size = ints.size();
        if (size > 0) {
            try {
                ints.remove(size - 1); // expect: CheckThenAct['`size` and then `remove` are each atomic, but not together']
            } catch (IndexOutOfBoundsException e) {
                // already gone
            }
        }
    }

    public void add(int i) {
        ints.add(i);
    }

    public void clear() {
        ints.clear();
    }
}
