// EXPECT: none
package probe.dl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Records shipment status updates from carriers and keeps per-status statistics. */
// OK: every method that needs both locks takes manifestLock before statsLock; statusCounts() takes statsLock alone
public class ShipmentTracker {

    private final Object manifestLock = new Object();
    private final Object statsLock = new Object();
    private final Map<String, String> statusByShipment = new HashMap<>();
    private final Map<String, Integer> countByStatus = new HashMap<>();

    public void updateStatus(String shipmentId, String status) {
        synchronized (manifestLock) {
            String previous = statusByShipment.put(shipmentId, status);
            synchronized (statsLock) {
                if (previous != null) {
                    countByStatus.merge(previous, -1, Integer::sum);
                }
                countByStatus.merge(status, 1, Integer::sum);
            }
        }
    }

    public int purgeDelivered() {
        synchronized (manifestLock) {
            synchronized (statsLock) {
                int before = statusByShipment.size();
                statusByShipment.values().removeIf("DELIVERED"::equals);
                countByStatus.remove("DELIVERED");
                return before - statusByShipment.size();
            }
        }
    }

    public Map<String, Integer> statusCounts() {
        synchronized (statsLock) {
            return new HashMap<>(countByStatus);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ShipmentTracker tracker = new ShipmentTracker();
        ExecutorService carrierWebhooks = Executors.newFixedThreadPool(4);
        String[] statuses = {"PICKED_UP", "IN_TRANSIT", "DELIVERED"};
        for (int i = 0; i < 3_000; i++) {
            final int n = i;
            carrierWebhooks.execute(() -> tracker.updateStatus("shp-" + (n % 500), statuses[n % 3]));
            if (n % 500 == 0) {
                carrierWebhooks.execute(() -> System.out.println("purged " + tracker.purgeDelivered()));
            }
        }
        carrierWebhooks.shutdown();
        carrierWebhooks.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(tracker.statusCounts());
    }
}
