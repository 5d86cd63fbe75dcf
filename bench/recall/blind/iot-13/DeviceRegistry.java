// EXPECT: none
package probe13c; import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registry of provisioned devices. Registration calls come from the
 * provisioning REST handlers, which run concurrently on the server's
 * worker pool. Each device must be provisioned exactly once.
 */
public class DeviceRegistry {

    public static final class DeviceRecord {
        final String deviceId;
        final String model;
        final String firmware;

        DeviceRecord(String deviceId, String model, String firmware) {
            this.deviceId = deviceId;
            this.model = model;
            this.firmware = firmware;
        }
    }

    private final ConcurrentMap<String, DeviceRecord> devices = new ConcurrentHashMap<>();
    private final AtomicInteger credentialsIssued = new AtomicInteger();

    public boolean register(String deviceId, String model, String firmware) {
        if (devices.containsKey(deviceId)) {
            return false;
        }
        DeviceRecord candidate = new DeviceRecord(deviceId, model, firmware);
        DeviceRecord existing = devices.putIfAbsent(deviceId, candidate); // OK: putIfAbsent is atomic; only the caller that inserted issues credentials
        if (existing != null) {
            return false;
        }
        issueCredentials(candidate);
        return true;
    }

    public DeviceRecord lookup(String deviceId) {
        return devices.get(deviceId);
    }

    public Collection<DeviceRecord> all() {
        return devices.values();
    }

    private void issueCredentials(DeviceRecord record) {
        credentialsIssued.incrementAndGet();
    }

    public int credentialsIssued() {
        return credentialsIssued.get();
    }

    public static void main(String[] args) throws InterruptedException {
        DeviceRegistry registry = new DeviceRegistry();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2000; i++) {
            String id = "meter-" + (i % 150);
            handlers.execute(() -> registry.register(id, "EM-300", "1.9.4"));
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("credentials=" + registry.credentialsIssued() + " (expected 150)");
    }
}
