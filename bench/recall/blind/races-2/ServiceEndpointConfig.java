// EXPECT: none
package probe2.races;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// OK: non-final fields are written only in the constructor, before the object is handed to pool tasks via submit (executor gives happens-before); afterwards only read
public class ServiceEndpointConfig {
    private String host;
    private int port;
    private Duration connectTimeout;
    private List<String> fallbackHosts;
    private boolean tlsEnabled;

    public ServiceEndpointConfig(String host, int port, Duration connectTimeout,
                                 List<String> fallbackHosts, boolean tlsEnabled) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.fallbackHosts = List.copyOf(fallbackHosts);
        this.tlsEnabled = tlsEnabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public List<String> fallbackHosts() {
        return fallbackHosts;
    }

    public String baseUrl() {
        return (tlsEnabled ? "https://" : "http://") + host + ":" + port;
    }

    static String probe(ServiceEndpointConfig cfg, int attempt) {
        List<String> candidates = new ArrayList<>();
        candidates.add(cfg.host());
        candidates.addAll(cfg.fallbackHosts());
        String target = candidates.get(attempt % candidates.size());
        return target + ":" + cfg.port() + " timeout=" + cfg.connectTimeout().toMillis() + "ms";
    }

    public static void main(String[] args) throws Exception {
        ServiceEndpointConfig config = new ServiceEndpointConfig(
                "billing.internal", 8443, Duration.ofMillis(750),
                List.of("billing-b.internal", "billing-c.internal"), true);
        ExecutorService probes = Executors.newFixedThreadPool(4);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int attempt = i;
            results.add(probes.submit(() -> probe(config, attempt)));
        }
        for (Future<String> r : results) {
            r.get();
        }
        probes.shutdown();
        System.out.println("probed " + config.baseUrl());
    }
}
