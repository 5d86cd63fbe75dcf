package races.unsynchronizedoverride.crossfile;

import java.util.HashMap;
import java.util.Map;

/** A registry whose methods all take the monitor; subclasses in other files may extend it. */
public class ExpiringRegistry {
    private final Map<String, Long> expiries = new HashMap<>();

    public synchronized void register(String name, long expiresAtMillis) {
        expiries.put(name, expiresAtMillis);
    }

    public synchronized boolean isLive(String name, long nowMillis) { // related: UnsynchronizedOverride['the overridden method is synchronized']
        Long expiry = expiries.get(name);
        return expiry != null && expiry > nowMillis;
    }

    public synchronized void remove(String name) {
        expiries.remove(name);
    }
}
