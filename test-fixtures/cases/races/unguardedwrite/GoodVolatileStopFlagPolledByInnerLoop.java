package races.unguardedwrite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** The look-alike: the inner loop polls a volatile stop flag. */
public class GoodVolatileStopFlagPolledByInnerLoop {
    private final Map<String, BooleanSupplier> checks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> results = new ConcurrentHashMap<>();
    private final Thread worker = new Thread(new ProbeLoop(), "health-checks");
    private volatile boolean running = true;

    public void start() {
        worker.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        worker.join();
    }

    public boolean healthy() {
        return results.values().stream().allMatch(Boolean::booleanValue);
    }

    private final class ProbeLoop implements Runnable {
        @Override
        public void run() {
            while (running) {
                for (Map.Entry<String, BooleanSupplier> e : checks.entrySet()) {
                    results.put(e.getKey(), e.getValue().getAsBoolean());
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
    }
}
