// EXPECT: scheduleAtFixedRate-throwing-task-future-dropped @ line 33
package probe2.dl;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Periodically reloads the pinned-certificate list ("alias,notAfter" lines) from
 * the config service so that rotated certificates are picked up without restarts.
 */
public class TrustStoreRefresher implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "truststore-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<String> source;
    private final long periodMinutes;
    private volatile Map<String, Instant> notAfterByAlias = Map.of();
    private volatile Instant lastRefresh = Instant.EPOCH;

    public TrustStoreRefresher(Supplier<String> source, long periodMinutes) {
        this.source = source;
        this.periodMinutes = periodMinutes;
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::refresh, 0, periodMinutes, TimeUnit.MINUTES); // BUG: ScheduledFuture dropped and refresh() can throw (IllegalStateException/DateTimeParseException); the first bad payload silently cancels all later refreshes
    }

    private void refresh() {
        String payload = source.get();
        Map<String, Instant> parsed = new HashMap<>();
        for (String line : payload.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",");
            if (parts.length != 2) {
                throw new IllegalStateException("bad trust entry: " + line);
            }
            parsed.put(parts[0].trim(), Instant.parse(parts[1].trim()));
        }
        notAfterByAlias = Map.copyOf(parsed);
        lastRefresh = Instant.now();
    }

    public boolean isTrusted(String alias, Instant now) {
        Instant notAfter = notAfterByAlias.get(alias);
        return notAfter != null && now.isBefore(notAfter);
    }

    public Instant lastRefresh() {
        return lastRefresh;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
