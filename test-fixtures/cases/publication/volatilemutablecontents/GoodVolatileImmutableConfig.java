package publication.volatilemutablecontents;

import java.util.List;

/** A volatile reference to an immutable config, replaced wholesale: readers always see a complete snapshot. */
public class GoodVolatileImmutableConfig {
    static final class Config {
        private final String endpoint;
        private final int timeoutMillis;

        Config(String endpoint, int timeoutMillis) {
            this.endpoint = endpoint;
            this.timeoutMillis = timeoutMillis;
        }

        String endpoint() {
            return endpoint;
        }

        int timeoutMillis() {
            return timeoutMillis;
        }
    }

    private volatile Config config = new Config("http://localhost", 1000);
    private volatile String banner = "";
    private volatile List<String> hosts = List.of();

    public void reload(String endpoint, int timeoutMillis, List<String> newHosts) {
        config = new Config(endpoint, timeoutMillis);
        hosts = List.copyOf(newHosts);
        banner = "config for " + endpoint;
    }

    public String describe() {
        Config c = config;
        return banner + " " + c.endpoint() + " " + c.timeoutMillis() + "ms " + hosts.size() + " hosts";
    }
}
