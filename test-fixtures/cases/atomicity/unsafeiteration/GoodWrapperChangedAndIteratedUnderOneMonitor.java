package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A synchronizedList iterated inside a synchronized method, without the list's own monitor, but every
 * change of it is made in a synchronized method of the same object too: the monitor the iteration holds
 * keeps every change out, so no change can come in the middle (hadoop's HealthMonitor and its service state
 * callbacks). The look-alike, BadIterationUnderWrongMonitor, adds without that monitor.
 */
public class GoodWrapperChangedAndIteratedUnderOneMonitor {
    private final List<String> tags = Collections.synchronizedList(new ArrayList<>());
    private int longest;

    public synchronized void tag(String tag) {
        tags.add(tag);
    }

    public synchronized int recomputeLongest() {
        longest = 0;
        for (String tag : tags) {
            longest = Math.max(longest, tag.length());
        }
        return longest;
    }
}
