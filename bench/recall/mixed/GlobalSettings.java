// EXPECT: unsafe-publication @ line 55
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Process-wide settings. An admin thread calls {@link #reload} when the configuration file
 * changes; every request thread calls {@link #current()} to read the settings.
 */
public final class GlobalSettings {

    /** Mutable settings bean. */
    public static final class Settings {
        int maxConnections;
        String endpoint;
        List<String> allowedHosts;

        Settings(int maxConnections, String endpoint, List<String> allowedHosts) {
            this.maxConnections = maxConnections;
            this.endpoint = endpoint;
            this.allowedHosts = allowedHosts;
        }

        public int maxConnections() {
            return maxConnections;
        }

        public String endpoint() {
            return endpoint;
        }

        public boolean isAllowed(String host) {
            return allowedHosts.contains(host);
        }
    }

    private static Settings current = new Settings(10, "http://localhost", new ArrayList<>());

    private GlobalSettings() {
    }

    public static void reload(Properties props) {
        List<String> hosts = new ArrayList<>();
        for (String h : props.getProperty("allowed.hosts", "").split(",")) {
            if (!h.isBlank()) {
                hosts.add(h.trim());
            }
        }
        Settings fresh = new Settings(
                Integer.parseInt(props.getProperty("max.connections", "10")),
                props.getProperty("endpoint", "http://localhost"),
                hosts);
        current = fresh;
    }

    public static Settings current() {
        return current;
    }
}
