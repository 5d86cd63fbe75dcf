package races.unguardedwrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The look-alike: the nested subclass refreshes the inherited map under the same monitor. */
public class GoodNestedSubclassLocksInheritedMap {
    protected final Map<String, String> entries = new HashMap<>();

    public synchronized String lookup(String host) {
        return entries.get(host);
    }

    public synchronized void store(String host, String address) {
        entries.put(host, address);
    }

    public static class Prefetching extends GoodNestedSubclassLocksInheritedMap {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        public void prefetch(List<String> hosts) {
            for (String host : hosts) {
                pool.execute(() -> refresh(host));
            }
        }

        private synchronized void refresh(String host) {
            entries.put(host, "10.0.0." + Math.floorMod(host.hashCode(), 256));
        }
    }
}
