package publication.thisescape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A final class whose constructor schedules its update and then registers itself for monitoring
 * through a private method of its own: that method only hands the object to a registry and writes
 * nothing the scheduled task reads, so the executor hand-off still orders every write the task sees
 * (cassandra DynamicEndpointSnitch.registerMBean).
 */
public final class GoodOwnMethodAfterHandOffWritesNothingRead {
    static final List<Object> MONITORED = new ArrayList<>();

    private final ConcurrentHashMap<String, Double> scores = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> updating;
    private String name;

    public GoodOwnMethodAfterHandOffWritesNothingRead(ScheduledExecutorService scheduler, String name) {
        this.name = name;
        updating = scheduler.scheduleWithFixedDelay(this::updateScores, 100, 100, TimeUnit.MILLISECONDS);
        registerForMonitoring();
    }

    private void registerForMonitoring() {
        synchronized (MONITORED) {
            MONITORED.add(name);
        }
    }

    public void stop() {
        updating.cancel(false);
    }

    public void record(String host, double latency) {
        scores.merge(host, latency, Double::sum);
    }

    private void updateScores() {
        scores.replaceAll((host, score) -> score / 2);
    }
}
