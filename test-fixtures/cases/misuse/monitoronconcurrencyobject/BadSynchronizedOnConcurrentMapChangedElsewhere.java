package misuse.monitoronconcurrencyobject;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The increment locks the map's monitor to make its get-then-put atomic, but the map's own operations
 * never take that monitor: {@code reset} removes the key without it, in the middle of an increment.
 */
public class BadSynchronizedOnConcurrentMapChangedElsewhere {
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    public void increment(String key) {
        synchronized (counts) { // expect: MonitorOnConcurrencyObject['synchronized on `counts`, a ConcurrentHashMap: its own operations do not take its monitor, and it is also changed outside such a block (line 19)']
            counts.put(key, counts.getOrDefault(key, 0) + 1);
        }
    }

    public void reset(String key) {
        counts.remove(key);
    }
}
