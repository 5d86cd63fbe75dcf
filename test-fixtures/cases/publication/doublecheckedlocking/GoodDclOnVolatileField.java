package publication.doublecheckedlocking;

import java.util.HashMap;
import java.util.Map;

/** Double-checked locking on a volatile field assigned a fully built table: the volatile write publishes the table's contents. */
public class GoodDclOnVolatileField {
    private volatile Map<String, Integer> table;

    public Map<String, Integer> table() {
        Map<String, Integer> t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = build();
                    table = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        return m;
    }
}
