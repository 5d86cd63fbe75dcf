// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 37
package probe13c; import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts firmware rollouts for devices. Rollout requests arrive from the
 * operator console and from the automatic campaign planner; both call
 * {@link #requestRollout} concurrently through the request executor.
 * At most one rollout may be in flight for a given device.
 */
public class FirmwareRolloutScheduler {

    public static final class Rollout {
        final String deviceId;
        final String targetVersion;
        final long startedAt;

        Rollout(String deviceId, String targetVersion) {
            this.deviceId = deviceId;
            this.targetVersion = targetVersion;
            this.startedAt = System.nanoTime();
        }
    }

    private final ConcurrentMap<String, Rollout> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger imagesPushed = new AtomicInteger();

    public boolean requestRollout(String deviceId, String targetVersion) {
        if (inFlight.containsKey(deviceId)) {
            return false;
        }
        Rollout rollout = new Rollout(deviceId, targetVersion);
        inFlight.put(deviceId, rollout); // BUG: containsKey-then-put is not atomic; two requests can both start a rollout for the same device
        pushImage(rollout);
        return true;
    }

    public void completeRollout(String deviceId) {
        inFlight.remove(deviceId);
    }

    private void pushImage(Rollout rollout) {
        imagesPushed.incrementAndGet();
    }

    public int imagesPushed() {
        return imagesPushed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        FirmwareRolloutScheduler scheduler = new FirmwareRolloutScheduler();
        ExecutorService requests = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2000; i++) {
            String device = "thermo-" + (i % 100);
            requests.execute(() -> scheduler.requestRollout(device, "4.2.1"));
        }
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("pushed=" + scheduler.imagesPushed() + " (expected 100)");
    }
}
