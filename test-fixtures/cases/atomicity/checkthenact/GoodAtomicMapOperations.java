package atomicity.checkthenact;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The same session and cache logic written with putIfAbsent, computeIfAbsent and merge: each is one atomic operation. */
public class GoodAtomicMapOperations {
    private final ConcurrentMap<String, String> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> templates = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> hits = new ConcurrentHashMap<>();

    public boolean open(String user, String token) {
        return sessions.putIfAbsent(user, token) == null;
    }

    public String template(String name) {
        hits.merge(name, 1, Integer::sum);
        return templates.computeIfAbsent(name, n -> "<template " + n + ">");
    }
}
