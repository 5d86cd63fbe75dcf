package atomicity.checkthenact;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pool that scans its entries from the size it read, knowing that other threads remove entries
 * meanwhile: each read by position is inside a try that catches IndexOutOfBoundsException and starts
 * over from the new size, and reading another element than planned only means trying that one.
 */
public final class GoodIndexReadCatchingGonePosition {
    private final List<String> entries = new CopyOnWriteArrayList<>();

    public String acquire(int start) {
        int size = entries.size();
        if (size == 0) {
            return null;
        }
        int index = start % size;
        for (int tries = size; tries-- > 0; ) {
            try {
                String entry = entries.get(index);
                if (entry.startsWith("idle")) {
                    return entry;
                }
            } catch (IndexOutOfBoundsException e) {
                size = entries.size();
                if (size == 0) {
                    break;
                }
            }
            if (++index >= size) {
                index = 0;
            }
        }
        return null;
    }

    public void add(String entry) {
        entries.add(entry);
    }

    public void remove(String entry) {
        entries.remove(entry);
    }
}
