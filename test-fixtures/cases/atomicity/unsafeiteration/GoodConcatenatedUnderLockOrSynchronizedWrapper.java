package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collections concatenated into messages safely: a guarded set under its lock, a synchronized wrapper
 * (whose toString() holds its own monitor), and a guarded counter, which has no elements to walk.
 */
public class GoodConcatenatedUnderLockOrSynchronizedWrapper {
    private final Set<Integer> set = new HashSet<>();
    private final List<String> names = Collections.synchronizedList(new ArrayList<>());
    private int count;

    public synchronized void add(Integer i) {
        set.add(i);
        count++;
    }

    public void name(String n) {
        names.add(n);
    }

    public synchronized String describe() {
        return "elements: " + set;
    }

    public String names() {
        return "names: " + names;
    }

    public synchronized String counted() {
        return "count: " + count;
    }
}
