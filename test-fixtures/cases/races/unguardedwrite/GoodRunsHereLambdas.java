package races.unguardedwrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lambdas given to computeIfAbsent and forEach run on the calling thread, inside the monitor, so their writes are guarded. */
public class GoodRunsHereLambdas {
    private final Map<String, List<String>> byTag = new HashMap<>();
    private int totalLength;

    public synchronized void tag(String tag, String item) {
        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(item);
    }

    public synchronized void addAll(List<String> items) {
        items.forEach(item -> totalLength += item.length());
    }

    public synchronized int totalLength() {
        return totalLength;
    }

    public synchronized int tagCount() {
        return byTag.size();
    }
}
