package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Iterates a synchronizedList inside a synchronized method: it holds "this", not the list's own monitor that add() takes. */
public class BadIterationUnderWrongMonitor {
    private final List<String> tags = Collections.synchronizedList(new ArrayList<>());
    private int longest;

    public void tag(String tag) {
        tags.add(tag);
    }

    public synchronized int recomputeLongest() {
        longest = 0;
        for (String tag : tags) { // expect: UnsafeIteration
            longest = Math.max(longest, tag.length());
        }
        return longest;
    }
}
