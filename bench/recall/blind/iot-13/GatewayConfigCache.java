// EXPECT: none
package probe13c; import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily loads the gateway connection profile (broker endpoints, keepalive)
 * the first time a gateway session needs it. Session handlers run on the
 * connection pool and call {@link #keepAliveSeconds} concurrently.
 */
public class GatewayConfigCache {

    static final class GatewayProfile {
        private final Map<String, String> endpoints;
        private int keepAliveSeconds;

        GatewayProfile(Map<String, String> endpoints, int keepAliveSeconds) {
            this.endpoints = Collections.unmodifiableMap(new HashMap<>(endpoints));
            this.keepAliveSeconds = keepAliveSeconds;
        }

        String endpoint(String region) {
            return endpoints.getOrDefault(region, "mqtts://fallback.iot.local:8883");
        }

        int keepAliveSeconds() {
            return keepAliveSeconds;
        }
    }

    private volatile GatewayProfile profile; // OK: volatile makes the double-checked publication safe (write of profile happens-before any read that sees it)

    public String endpointFor(String region) {
        return profile().endpoint(region);
    }

    public int keepAliveSeconds() {
        return profile().keepAliveSeconds();
    }

    private GatewayProfile profile() {
        GatewayProfile local = profile;
        if (local == null) {
            synchronized (this) {
                local = profile;
                if (local == null) {
                    local = loadProfile();
                    profile = local;
                }
            }
        }
        return local;
    }

    private GatewayProfile loadProfile() {
        Map<String, String> endpoints = new HashMap<>();
        endpoints.put("eu-west", "mqtts://eu-west.iot.local:8883");
        endpoints.put("us-east", "mqtts://us-east.iot.local:8883");
        return new GatewayProfile(endpoints, 30);
    }

    public static void main(String[] args) throws InterruptedException {
        GatewayConfigCache cache = new GatewayConfigCache();
        ExecutorService sessions = Executors.newFixedThreadPool(6);
        String[] regions = {"eu-west", "us-east"};
        for (int i = 0; i < 600; i++) {
            String region = regions[i % regions.length];
            sessions.execute(() -> {
                if (cache.keepAliveSeconds() != 30 || cache.endpointFor(region).contains("fallback")) {
                    System.out.println("inconsistent profile for " + region);
                }
            });
        }
        sessions.shutdown();
        sessions.awaitTermination(10, TimeUnit.SECONDS);
    }
}
