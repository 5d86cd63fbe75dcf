package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;

/**
 * A rate limiter that sleeps in a synchronized loop until a client's quota is refilled, while refill()
 * needs the same monitor: the refill cannot run until the loop ends, so the loop may never end. The
 * look-alike of BadSleepInSynchronized, whose one back-off sleep ends by itself (a note).
 */
public class BadSleepPollingQuotaRefilledUnderLock {
    private final Map<String, Integer> quotas = new HashMap<>();

    public synchronized int acquire(String client) throws InterruptedException {
        int remaining = quotas.getOrDefault(client, 10);
        while (remaining == 0) {
            Thread.sleep(500); // expect: BlockingUnderLock['it sleeps in a loop that waits on `quotas`, which other code changes only while holding it']
            remaining = quotas.getOrDefault(client, 10);
        }
        quotas.put(client, remaining - 1);
        return remaining - 1;
    }

    public synchronized void refill(String client) {
        quotas.put(client, 10);
    }
}
