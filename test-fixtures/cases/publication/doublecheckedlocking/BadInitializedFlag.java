package publication.doublecheckedlocking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Settings loaded once behind a non-volatile "initialized" flag checked outside and inside the lock: a reader may see the flag true before the loaded settings. */
public class BadInitializedFlag {
    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private boolean initialized;

    public String get(String key) {
        if (!initialized) { // expect: DoubleCheckedLocking['on non-volatile flag `initialized`']
            synchronized (this) {
                if (!initialized) {
                    settings.put("region", "eu-west-1");
                    settings.put("retries", "3");
                    initialized = true;
                }
            }
        }
        return settings.get(key);
    }
}
