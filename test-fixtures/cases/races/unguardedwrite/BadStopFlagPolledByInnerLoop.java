package races.unguardedwrite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A health-check scheduler whose background loop is an inner class polling the scheduler's plain stop
 * flag: stop() writes it on another thread with nothing ordering the write before the loop's reads.
 */
public class BadStopFlagPolledByInnerLoop {
    private final Map<String, BooleanSupplier> checks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> results = new ConcurrentHashMap<>();
    private final Thread worker = new Thread(new ProbeLoop(), "health-checks");
    private boolean running = true; // expect: UnguardedWrite['`running`, neither volatile nor guarded, is written in'], UnguardedWrite['make `running` volatile']

    public void start() {
        worker.start();
    }

    public void stop() throws InterruptedException {
        running = false; // related: UnguardedWrite['`running` is written here, without a lock']
        worker.join();
    }

    public boolean healthy() {
        return results.values().stream().allMatch(Boolean::booleanValue);
    }

    private final class ProbeLoop implements Runnable {
        @Override
        public void run() {
            while (running) { // expect: UnguardedWrite['this loop polls `running`']
                for (Map.Entry<String, BooleanSupplier> e : checks.entrySet()) {
                    results.put(e.getKey(), e.getValue().getAsBoolean());
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
    }
}
