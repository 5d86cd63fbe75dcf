// EXPECT: none
package probe13c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debounces threshold alerts: an alert is only raised when a device has
 * stayed above its threshold for the whole debounce window. Ingest threads
 * enqueue readings with {@link #record}; the evaluation loop runs on its own
 * thread and the service's stop handler calls {@link #shutdown()} from
 * another thread. Debounce state is only touched by the loop thread.
 */
public class AlertDebounceLoop extends Thread {

    private static final long DEBOUNCE_MS = 200;

    private record Reading(String deviceId, boolean above, long atMs) {}

    private final ConcurrentLinkedQueue<Reading> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> aboveSince = new HashMap<>();
    private final AtomicInteger alertsRaised = new AtomicInteger();
    private volatile boolean running = true; // OK: volatile stop flag; the write in shutdown() is visible to the loop

    public AlertDebounceLoop() {
        super("alert-debounce");
    }

    public void record(String deviceId, boolean aboveThreshold, long nowMs) {
        inbox.add(new Reading(deviceId, aboveThreshold, nowMs));
    }

    @Override
    public void run() {
        while (running) {
            Reading r;
            while ((r = inbox.poll()) != null) {
                if (!r.above()) {
                    aboveSince.remove(r.deviceId());
                    continue;
                }
                Long since = aboveSince.putIfAbsent(r.deviceId(), r.atMs());
                if (since != null && since != Long.MIN_VALUE && r.atMs() - since >= DEBOUNCE_MS) {
                    alertsRaised.incrementAndGet();
                    aboveSince.put(r.deviceId(), Long.MIN_VALUE);
                }
            }
            Thread.onSpinWait();
        }
    }

    public void shutdown() {
        running = false;
    }

    public int alertsRaised() {
        return alertsRaised.get();
    }

    public static void main(String[] args) throws InterruptedException {
        AlertDebounceLoop loop = new AlertDebounceLoop();
        loop.start();
        for (int i = 0; i < 60; i++) {
            loop.record("pump-" + (i % 5), i < 30 || i % 4 != 0, System.currentTimeMillis());
            Thread.sleep(10);
        }
        loop.shutdown();
        loop.join(3000);
        System.out.println("stopped=" + !loop.isAlive() + " alerts=" + loop.alertsRaised());
    }
}
