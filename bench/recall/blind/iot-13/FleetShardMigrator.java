// EXPECT: none
package probe13c; import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Migrates device ownership between ingestion shards. The load balancer
 * task and the shard-drain task both call {@link #migrate} concurrently,
 * and migrations can go in either direction between two shards.
 */
public class FleetShardMigrator {

    static final class IngestShard {
        final int shardId;
        final Set<String> devices = new LinkedHashSet<>();

        IngestShard(int shardId) {
            this.shardId = shardId;
        }
    }

    private final List<String> migrations = new ArrayList<>();

    public boolean migrate(String deviceId, IngestShard from, IngestShard to) {
        IngestShard first = from.shardId < to.shardId ? from : to;
        IngestShard second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: locks always acquired in ascending shardId order, so no lock-order cycle
                if (!from.devices.remove(deviceId)) {
                    return false;
                }
                to.devices.add(deviceId);
            }
        }
        synchronized (migrations) {
            migrations.add(deviceId + ": " + from.shardId + " -> " + to.shardId);
        }
        return true;
    }

    public int size(IngestShard shard) {
        synchronized (shard) {
            return shard.devices.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        IngestShard a = new IngestShard(1);
        IngestShard b = new IngestShard(2);
        for (int i = 0; i < 500; i++) {
            a.devices.add("valve-" + i);
            b.devices.add("valve-" + (i + 500));
        }
        FleetShardMigrator migrator = new FleetShardMigrator();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        executor.execute(() -> {
            for (int i = 0; i < 500; i++) {
                migrator.migrate("valve-" + i, a, b);
            }
        });
        executor.execute(() -> {
            for (int i = 500; i < 1000; i++) {
                migrator.migrate("valve-" + i, b, a);
            }
        });
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("shard1=" + migrator.size(a) + " shard2=" + migrator.size(b));
    }
}
