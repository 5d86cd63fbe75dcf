// EXPECT: lazy-init @ line 21
package recall3;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Static service locator used by request threads to find shared services. The registry is
 * built lazily on the first lookup.
 */
public final class ServiceLocator {
    private static Map<String, Object> registry;

    private ServiceLocator() {
    }

    public static Object lookup(String name) {
        if (registry == null) {
            registry = buildRegistry();
        }
        return registry.get(name);
    }

    private static Map<String, Object> buildRegistry() {
        Map<String, Object> services = new HashMap<>();
        services.put("clock", (Supplier<Long>) System::currentTimeMillis);
        services.put("greeting", "hello");
        services.put("idGenerator", new AtomicLong());
        return services;
    }
}
