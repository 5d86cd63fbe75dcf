package publication.volatilemutablecontents;

import java.util.HashMap;
import java.util.Map;

/** Per-endpoint counters in a volatile HashMap, merged in place from request threads. */
public class BadVolatileMapMerge {
    private volatile Map<String, Integer> hits = new HashMap<>();

    public void record(String endpoint) {
        hits.merge(endpoint, 1, Integer::sum); // expect: VolatileMutableContents
    }

    public Map<String, Integer> rollover() {
        Map<String, Integer> old = hits;
        hits = new HashMap<>();
        return old;
    }
}
