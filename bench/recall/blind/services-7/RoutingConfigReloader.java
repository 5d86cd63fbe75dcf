// EXPECT: unsafe-publication @ line 69
package probe7a; import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Edge-gateway routing table. A background thread re-reads the routes file
 * every 30 seconds; request threads look up the upstream for each path.
 */
public class RoutingConfigReloader {

    static final class RoutingConfig {
        Map<String, String> upstreamByPrefix = new LinkedHashMap<>();
        String defaultUpstream;
        int version;
    }

    private final Path routesFile;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
    private RoutingConfig current;

    public RoutingConfigReloader(Path routesFile, String defaultUpstream) {
        this.routesFile = routesFile;
        RoutingConfig initial = new RoutingConfig();
        initial.defaultUpstream = defaultUpstream;
        this.current = initial;
    }

    public void start() {
        reloader.scheduleWithFixedDelay(this::reloadQuietly, 0, 30, TimeUnit.SECONDS);
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (IOException | RuntimeException e) {
            System.err.println("routes reload failed, keeping version " + current.version + ": " + e);
        }
    }

    void reload() throws IOException {
        List<String> lines = Files.readAllLines(routesFile);
        RoutingConfig next = new RoutingConfig();
        next.defaultUpstream = current.defaultUpstream;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad route line: " + line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equals("default")) {
                next.defaultUpstream = value;
            } else {
                next.upstreamByPrefix.put(key, value);
            }
        }
        next.version = current.version + 1;
        current = next; // BUG: unsafe publication: the plain (non-volatile) write gives request threads no happens-before with the reloader thread's writes to next's non-final fields, so a request thread can see the new reference with a null defaultUpstream or a half-filled LinkedHashMap (or never see the update)
    }

    /** Called on request threads for every inbound request. */
    public String upstreamFor(String path) {
        RoutingConfig cfg = current;
        for (Map.Entry<String, String> route : cfg.upstreamByPrefix.entrySet()) {
            if (path.startsWith(route.getKey())) {
                return route.getValue();
            }
        }
        return cfg.defaultUpstream;
    }

    public void stop() {
        reloader.shutdownNow();
    }
}
