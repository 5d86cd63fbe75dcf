package publication.doublecheckedlocking;

import java.util.HashMap;
import java.util.Map;

/** Lazily built lookup table with double-checked locking on a non-volatile field: another thread can see the reference before the table's contents. */
public class BadNonVolatileInstanceField {
    private Map<String, Integer> table;

    public Map<String, Integer> table() {
        if (table == null) { // expect: DoubleCheckedLocking
            synchronized (this) {
                if (table == null) {
                    table = build();
                }
            }
        }
        return table;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        return m;
    }
}
