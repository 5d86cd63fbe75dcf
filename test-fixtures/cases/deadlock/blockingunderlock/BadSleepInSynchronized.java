package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;

/** Rate-limited client that sleeps for its back-off inside a synchronized method: every other caller waits for the monitor during the whole sleep. */
public class BadSleepInSynchronized {
    private final Map<String, Long> lastCall = new HashMap<>();

    public synchronized void throttle(String endpoint) throws InterruptedException {
        long now = System.currentTimeMillis();
        long last = lastCall.getOrDefault(endpoint, 0L);
        if (now - last < 100) {
            Thread.sleep(100 - (now - last)); // expect: BlockingUnderLock
        }
        lastCall.put(endpoint, System.currentTimeMillis());
    }
}
