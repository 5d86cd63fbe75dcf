package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lazy init inside a synchronized block, and a lazily created local: both are safe. */
public class GoodSynchronizedBlockAndLocal {
    private final Object lock = new Object();
    private Map<String, Integer> index;

    public int position(String key) {
        synchronized (lock) {
            if (index == null) {
                index = new HashMap<>();
            }
            Integer pos = index.get(key);
            if (pos == null) {
                pos = index.size();
                index.put(key, pos);
            }
            return pos;
        }
    }

    public static String joinNonEmpty(List<String> parts) {
        StringBuilder sb = null;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder();
            } else {
                sb.append(',');
            }
            sb.append(p);
        }
        return sb == null ? "" : sb.toString();
    }
}
