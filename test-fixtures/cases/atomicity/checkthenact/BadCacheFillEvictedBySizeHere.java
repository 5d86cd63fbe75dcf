package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache of parsed header values that the filling method clears when it grows too big: that eviction
 * drops values that are still good, so a put racing with it only keeps a good value. The race parses a
 * value twice, a note (jetty's ResourceService._preferredEncodingOrderCache).
 */
public class BadCacheFillEvictedBySizeHere {
    private final Map<String, List<String>> parsed = new ConcurrentHashMap<>();
    private final int limit;

    public BadCacheFillEvictedBySizeHere(int limit) {
        this.limit = limit;
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
