package atomicity.unsafeiteration;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The key set of a synchronized map, held in a field and in a local, iterated inside {@code synchronized (map)}. */
public class GoodViewIteratedUnderTheMap {
    private final Map<Integer, String> map = Collections.synchronizedMap(new HashMap<Integer, String>());
    private final Set<Integer> keys = map.keySet();

    public void put(int key, String value) {
        map.put(key, value);
    }

    public int sum() {
        int total = 0;
        synchronized (map) {
            for (Integer k : keys) {
                total += k;
            }
        }
        return total;
    }

    public int count() {
        Set<Integer> view = map.keySet();
        int n = 0;
        synchronized (map) {
            for (Integer k : view) {
                n += k > 0 ? 1 : 0;
            }
        }
        return n;
    }
}
