package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A resolver cache whose map its own monitor guards, and a static nested subclass that refreshes entries on
 * a pool without taking it: in the nested class `entries` is the field it inherits (a static nested class
 * has no enclosing instance), so the pool's put races with the cache's locked get.
 */
public class BadNestedSubclassWritesInheritedMap {
    protected final Map<String, String> entries = new HashMap<>();

    public synchronized String lookup(String host) {
        return entries.get(host);
    }

    public synchronized void store(String host, String address) {
        entries.put(host, address);
    }

    public synchronized int size() {
        return entries.size();
    }

    public static class Prefetching extends BadNestedSubclassWritesInheritedMap {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        public void prefetch(List<String> hosts) {
            for (String host : hosts) {
                pool.execute(() -> refresh(host));
            }
        }

        private void refresh(String host) {
            entries.put(host, "10.0.0." + Math.floorMod(host.hashCode(), 256)); // expect: UnguardedWrite['`entries.put()` changes `entries` without `this`']
        }
    }
}
