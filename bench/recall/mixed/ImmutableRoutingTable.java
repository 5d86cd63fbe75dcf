// EXPECT: none
package recall3;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable routing table plus a router that swaps whole tables. Request threads call
 * {@link Router#route} concurrently while the admin thread calls {@link Router#addRoute}.
 * Writers serialize on the router's monitor; readers perform a single volatile read of an
 * immutable snapshot.
 */
@ImmutableRoutingTable.Immutable
public final class ImmutableRoutingTable {

    /** Instances never change after construction. */
    public @interface Immutable {}

    /** Instances may be shared between threads. */
    public @interface ThreadSafe {}

    private final Map<String, List<String>> backendsByPrefix;
    private final long version;

    public ImmutableRoutingTable(Map<String, List<String>> backendsByPrefix, long version) {
        Map<String, List<String>> copy = new HashMap<>();
        backendsByPrefix.forEach((prefix, backends) -> copy.put(prefix, List.copyOf(backends)));
        this.backendsByPrefix = Map.copyOf(copy);
        this.version = version;
    }

    public Optional<List<String>> lookup(String path) {
        String best = null;
        for (String prefix : backendsByPrefix.keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? Optional.empty() : Optional.of(backendsByPrefix.get(best));
    }

    public ImmutableRoutingTable withRoute(String prefix, List<String> backends) {
        Map<String, List<String>> next = new HashMap<>(backendsByPrefix);
        next.put(prefix, backends);
        return new ImmutableRoutingTable(next, version + 1);
    }

    public long version() {
        return version;
    }

    /** Shared by all request threads. */
    @ThreadSafe
    public static final class Router {
        private volatile ImmutableRoutingTable table = new ImmutableRoutingTable(Map.of(), 0);

        public Optional<List<String>> route(String path) {
            return table.lookup(path);
        }

        public synchronized void addRoute(String prefix, List<String> backends) {
            table = table.withRoute(prefix, backends);
        }

        public long version() {
            return table.version();
        }
    }
}
