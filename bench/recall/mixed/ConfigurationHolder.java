// EXPECT: double-checked-locking @ line 29
package recall3;

import java.util.HashMap;
import java.util.Map;

/**
 * Process-wide configuration, created lazily by whichever request thread needs it first.
 * Uses double-checked locking to avoid synchronizing on every call.
 */
public class ConfigurationHolder {
    private static ConfigurationHolder instance;

    private String endpoint;
    private int timeoutMillis;
    private Map<String, String> overrides;

    private ConfigurationHolder() {
        endpoint = System.getProperty("service.endpoint", "http://localhost:8080");
        timeoutMillis = Integer.getInteger("service.timeout", 5_000);
        overrides = new HashMap<>();
        overrides.put("retries", "3");
    }

    public static ConfigurationHolder getInstance() {
        if (instance == null) {
            synchronized (ConfigurationHolder.class) {
                if (instance == null) {
                    instance = new ConfigurationHolder();
                }
            }
        }
        return instance;
    }

    public String endpoint() {
        return endpoint;
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    public String override(String key) {
        return overrides.get(key);
    }
}
