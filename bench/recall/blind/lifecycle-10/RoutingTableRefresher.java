// EXPECT: unsafe-publication @ line 69
package probe10a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Periodically rebuilds the shard routing table from the metadata service.
 * route() is called by request threads concurrently with the refresh task,
 * which runs on the refresher's scheduler thread.
 */
public class RoutingTableRefresher implements AutoCloseable {

    public interface MetadataClient {
        Map<String, String> fetchAssignments();

        long currentVersion();
    }

    static final class RoutingTable {
        private final Map<String, String> owners = new HashMap<>();
        private long version;

        void assign(String shard, String node) {
            owners.put(shard, node);
        }

        String ownerOf(String shard) {
            return owners.get(shard);
        }

        long version() {
            return version;
        }
    }

    private final MetadataClient metadata;
    private final int shardCount;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "routing-refresh");
        t.setDaemon(true);
        return t;
    });
    private RoutingTable table = new RoutingTable();

    public RoutingTableRefresher(MetadataClient metadata, int shardCount) {
        this.metadata = metadata;
        this.shardCount = shardCount;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::refreshSafely, 0, 15, TimeUnit.SECONDS);
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            System.err.println("routing refresh failed, keeping previous table: " + e);
        }
    }

    private void refresh() {
        Map<String, String> assignments = metadata.fetchAssignments();
        RoutingTable next = new RoutingTable();
        assignments.forEach(next::assign);
        next.version = metadata.currentVersion();
        table = next; // BUG: plain (non-volatile) write publishes a table filled after construction; request threads may see a stale or partially built HashMap
    }

    public String route(String key) {
        String shard = "shard-" + Math.floorMod(key.hashCode(), shardCount);
        return table.ownerOf(shard);
    }

    public long routingVersion() {
        return table.version();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
