package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The same copies where the positions stay valid: one holds the list's own lock around the size and
 * every get, and the other walks a log that is only ever appended to.
 */
public final class GoodCopyBoundedBySizeUnderLock {
    private final List<Integer> ints = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> log = Collections.synchronizedList(new ArrayList<>());

    public int[] copy() {
        synchronized (ints) {
            int size = ints.size();
            int[] result = new int[size];
            for (int i = 0; i < size; i++) {
                result[i] = ints.get(i);
            }
            return result;
        }
    }

    public int[] copyLog() {
        int size = log.size();
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = log.get(i);
        }
        return result;
    }

    public void add(int i) {
        ints.add(i);
        log.add(i);
    }

    public void clear() {
        ints.clear();
    }
}
