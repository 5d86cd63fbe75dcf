// EXPECT: none
package probe17b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates opaque bearer tokens against the authorization server's introspection
 * endpoint and caches the results. The endpoint configuration is discovered lazily on
 * first use. isActive() is called from every request thread by the auth filter.
 */
public class OAuthIntrospectionClient {

    static final class IntrospectionConfig {
        private String endpoint;
        private Map<String, String> clientCredentials;

        IntrospectionConfig(String endpoint, Map<String, String> clientCredentials) {
            this.endpoint = endpoint;
            this.clientCredentials = new HashMap<>(clientCredentials);
        }

        String endpoint() {
            return endpoint;
        }

        String clientId() {
            return clientCredentials.get("client_id");
        }
    }

    private final String issuer;
    private final Map<String, Boolean> tokenCache = new ConcurrentHashMap<>();
    private volatile IntrospectionConfig config;

    public OAuthIntrospectionClient(String issuer) {
        this.issuer = issuer;
    }

    public boolean isActive(String token) {
        return tokenCache.computeIfAbsent(token, this::introspect);
    }

    private IntrospectionConfig config() {
        IntrospectionConfig cfg = config; // OK: field is volatile, so the unlocked read sees a fully constructed config
        if (cfg == null) {
            synchronized (this) {
                cfg = config;
                if (cfg == null) {
                    cfg = discover();
                    config = cfg;
                }
            }
        }
        return cfg;
    }

    private IntrospectionConfig discover() {
        return new IntrospectionConfig(issuer + "/oauth2/introspect",
                Map.of("client_id", "api-gateway", "client_secret", "s3cr3t"));
    }

    private boolean introspect(String token) {
        IntrospectionConfig cfg = config();
        return cfg.endpoint() != null && cfg.clientId() != null && !token.startsWith("revoked-");
    }

    public static void main(String[] args) throws InterruptedException {
        OAuthIntrospectionClient client = new OAuthIntrospectionClient("https://auth.example.com");
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        AtomicInteger rejected = new AtomicInteger();
        for (int i = 0; i < 1_000; i++) {
            String token = (i % 10 == 0 ? "revoked-" : "tok-") + (i % 50);
            requestThreads.execute(() -> {
                if (!client.isActive(token)) {
                    rejected.incrementAndGet();
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("rejected requests: " + rejected.get());
    }
}
