package races.threadsafeviolation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jcip.annotations.ThreadSafe;

/** A @ThreadSafe router whose fields are final immutable values, a concurrent map, an atomic, and a volatile flag. */
@ThreadSafe
public class GoodAllFieldsSafe {
    private final String name;
    private final List<String> defaultRoutes;
    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();
    private volatile boolean frozen;

    public GoodAllFieldsSafe(String name, List<String> defaultRoutes) {
        this.name = name;
        this.defaultRoutes = List.copyOf(defaultRoutes);
    }

    public void addRoute(String path, String target) {
        if (!frozen) {
            routes.put(path, target);
        }
    }

    public String route(String path) {
        lookups.incrementAndGet();
        return routes.getOrDefault(path, defaultRoutes.isEmpty() ? name : defaultRoutes.get(0));
    }

    public void freeze() {
        frozen = true;
    }
}
