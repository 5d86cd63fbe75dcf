package atomicity.unsafeiteration;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * CERT LCK04-J: the key set of a synchronized map is iterated inside {@code synchronized} on the key set
 * itself. The wrapper and its views lock the map, so the view's own monitor keeps out no writer.
 */
public class BadIterationLocksTheViewNotTheMap {
    private final Map<Integer, String> mapView = Collections.synchronizedMap(new HashMap<Integer, String>());
    private final Set<Integer> setView = mapView.keySet();

    public Map<Integer, String> getMap() {
        return mapView;
    }

    public void put(int key, String value) {
        mapView.put(key, value);
    }

    public int sum() {
        int total = 0;
        synchronized (setView) {
            for (Integer k : setView) { // expect: UnsafeIteration['`mapView` is iterated through its view `setView` without holding `mapView`']
                total += k;
            }
        }
        return total;
    }

    public int count() {
        Set<Integer> keys = mapView.keySet();
        int n = 0;
        synchronized (keys) {
            for (Integer k : keys) { // expect: UnsafeIteration['`mapView` is iterated through its view `keys` without holding `mapView`']
                n += k > 0 ? 1 : 0;
            }
        }
        return n;
    }
}
