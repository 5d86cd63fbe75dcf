// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out-or-blocking @ line 30
package probe13c; import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Moves devices between rollout waves. The canary-feedback task and the
 * operator console both call {@link #move} concurrently on the rebalancing
 * executor; moves can go in either direction between two waves.
 */
public class DeviceGroupRebalancer {

    static final class RolloutWave {
        final String name;
        final Set<String> devices = new LinkedHashSet<>();

        RolloutWave(String name) {
            this.name = name;
        }
    }

    private final List<String> auditLog = new ArrayList<>();

    public boolean move(String deviceId, RolloutWave from, RolloutWave to) {
        synchronized (from) {
            synchronized (to) { // BUG: locks taken in argument order; concurrent moves A->B and B->A deadlock
                if (!from.devices.remove(deviceId)) {
                    return false;
                }
                to.devices.add(deviceId);
            }
        }
        synchronized (auditLog) {
            auditLog.add(deviceId + ": " + from.name + " -> " + to.name);
        }
        return true;
    }

    public int size(RolloutWave wave) {
        synchronized (wave) {
            return wave.devices.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RolloutWave canary = new RolloutWave("canary");
        RolloutWave broad = new RolloutWave("broad");
        for (int i = 0; i < 500; i++) {
            canary.devices.add("cam-" + i);
            broad.devices.add("cam-" + (i + 500));
        }
        DeviceGroupRebalancer rebalancer = new DeviceGroupRebalancer();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        executor.execute(() -> {
            for (int i = 0; i < 500; i++) {
                rebalancer.move("cam-" + i, canary, broad);
            }
        });
        executor.execute(() -> {
            for (int i = 500; i < 1000; i++) {
                rebalancer.move("cam-" + i, broad, canary);
            }
        });
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            System.out.println("rebalancer stuck");
            System.exit(1);
        }
        System.out.println("canary=" + rebalancer.size(canary) + " broad=" + rebalancer.size(broad));
    }
}
