// EXPECT: double-checked-locking-without-volatile @ line 38
package probe7c; import java.util.HashMap;
import java.util.Map;

/**
 * Application-wide configuration, loaded lazily on first access. Many
 * request threads call {@link #getInstance()} concurrently at start-up.
 */
public class ConfigRepository {

    static final class Config {
        private Map<String, String> values;
        private int version;

        Config() {
            values = new HashMap<>();
            values.put("db.url", "jdbc:h2:mem:app");
            values.put("db.poolSize", "8");
            values.put("http.port", "8080");
            version = 3;
        }

        String get(String key) {
            return values.get(key);
        }

        int version() {
            return version;
        }
    }

    private static Config instance; // lazily created, guarded (partly) by ConfigRepository.class

    private ConfigRepository() {
    }

    public static Config getInstance() {
        if (instance == null) { // BUG: double-checked locking without volatile; a reader thread can see the non-null reference written by the initializing thread before the Config's values/version writes are visible, and use a partly built object
            synchronized (ConfigRepository.class) {
                if (instance == null) {
                    instance = new Config();
                }
            }
        }
        return instance;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] requests = new Thread[8];
        for (int i = 0; i < requests.length; i++) {
            final int id = i;
            requests[i] = new Thread(() -> {
                Config c = getInstance();
                String port = c.get("http.port");
                System.out.println("request " + id + " sees port " + port + " (config v" + c.version() + ")");
            });
        }
        for (Thread t : requests) {
            t.start();
        }
        for (Thread t : requests) {
            t.join();
        }
    }
}
