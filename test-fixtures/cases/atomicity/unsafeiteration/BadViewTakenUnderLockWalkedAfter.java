package atomicity.unsafeiteration;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A pool takes its map's entry set under the lock that guards the map, then walks it after the lock is
 * released: the entry set is a live view, not a copy, so a thread adding to the pool meanwhile breaks
 * the walk.
 */
public class BadViewTakenUnderLockWalkedAfter {
    private final Object poolLock = new Object();
    private final Map<String, Integer> pool = new HashMap<>();

    public void add(String name, int size) {
        synchronized (poolLock) {
            pool.put(name, size);
        }
    }

    public int sweep() {
        Set<Map.Entry<String, Integer>> entries;
        synchronized (poolLock) {
            entries = pool.entrySet();
        }
        int total = 0;
        for (Map.Entry<String, Integer> e : entries) { // expect: UnsafeIteration['`pool` is iterated without holding `poolLock`, yet it is guarded by `poolLock` wherever it is changed']
            total += e.getValue();
        }
        return total;
    }
}
