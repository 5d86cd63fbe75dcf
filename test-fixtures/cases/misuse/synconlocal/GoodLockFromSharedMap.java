package misuse.synconlocal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Per-tenant lock taken from a shared map with computeIfAbsent: the local holds an object every thread with the same tenant gets too. */
public class GoodLockFromSharedMap {
    private final ConcurrentMap<String, Map<String, String>> tenants = new ConcurrentHashMap<>();

    public void put(String tenant, String key, String value) {
        Map<String, String> settings = tenants.computeIfAbsent(tenant, t -> new HashMap<>());
        synchronized (settings) {
            settings.put(key, value);
        }
    }

    public String get(String tenant, String key) {
        Map<String, String> settings = tenants.get(tenant);
        if (settings == null) {
            return null;
        }
        synchronized (settings) {
            return settings.get(key);
        }
    }
}
