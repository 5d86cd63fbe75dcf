// EXPECT: double-checked-locking @ line 49
package recall2;

import java.util.HashMap;
import java.util.Map;

/**
 * Process-wide registry of JDBC-like drivers, looked up by URL prefix. Obtained through
 * {@link #getInstance()} from any thread.
 */
public final class DriverRegistry {

    public interface Driver {
        boolean acceptsUrl(String url);

        String name();
    }

    private static DriverRegistry instance;

    private final Map<String, Driver> driversByPrefix;
    private final long loadedAt;

    private DriverRegistry() {
        driversByPrefix = new HashMap<>();
        register("jdbc:h2:", simpleDriver("h2", "jdbc:h2:"));
        register("jdbc:derby:", simpleDriver("derby", "jdbc:derby:"));
        loadedAt = System.currentTimeMillis();
    }

    private static Driver simpleDriver(String name, String prefix) {
        return new Driver() {
            @Override
            public boolean acceptsUrl(String url) {
                return url.startsWith(prefix);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    public static DriverRegistry getInstance() {
        if (instance == null) {
            synchronized (DriverRegistry.class) {
                if (instance == null) {
                    instance = new DriverRegistry();
                }
            }
        }
        return instance;
    }

    private void register(String prefix, Driver d) {
        driversByPrefix.put(prefix, d);
    }

    public Driver driverFor(String url) {
        for (Map.Entry<String, Driver> e : driversByPrefix.entrySet()) {
            if (url.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("No suitable driver for " + url);
    }

    public long loadedAt() {
        return loadedAt;
    }
}
