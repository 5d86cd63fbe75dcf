package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache of parsed header values cleared by the filling method when it grows too big, and by the setter of
 * its bound when the bound falls below its size: both drop values that are still good, to keep the cache
 * small, so a put racing with them only keeps a good value. The race parses a value twice, a note (jetty's
 * ResourceService._preferredEncodingOrderCache and setEncodingCacheSize).
 */
public class BadCacheFillAlsoEvictedBySetter {
    private final Map<String, List<String>> parsed = new ConcurrentHashMap<>();
    private volatile int limit = 100;

    public void setLimit(int limit) {
        this.limit = limit;
        if (limit < parsed.size()) {
            parsed.clear();
        }
    }

    public List<String> values(String header) {
        List<String> values = parsed.get(header);
        if (values == null) {
            values = new ArrayList<>(Arrays.asList(header.split(",")));
            if (parsed.size() > limit) {
                parsed.clear();
            }
            parsed.put(header, values); // expect: CheckThenAct['keys of `parsed` are removed only to keep it small']
        }
        return values;
    }
}
