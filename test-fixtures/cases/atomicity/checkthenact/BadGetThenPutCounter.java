package atomicity.checkthenact;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request counters kept per path in thread-safe maps, updated by reading the count and putting back
 * the count plus one: each call is atomic, the pair is not, so two threads counting the same path at
 * once both put the same number and one request is lost.
 */
public class BadGetThenPutCounter {
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final Hashtable<String, Long> bytes = new Hashtable<>();

    public void hit(String path) {
        Integer n = hits.get(path);
        hits.put(path, n == null ? 1 : n + 1); // expect: CheckThenAct['check-then-act on concurrent map `hits`: `get` and then `put` are each atomic, but not together']
    }

    public void sent(String path, long size) {
        bytes.put(path, bytes.get(path) + size); // expect: CheckThenAct['check-then-act on synchronized map `bytes`: `get` and then `put` are each atomic, but not together']
    }

    public int hits(String path) {
        return hits.getOrDefault(path, 0);
    }
}
