// EXPECT: blocking-under-lock @ line 13
package recall;

import java.util.HashMap;
import java.util.Map;

public class SleepWithLock {
    private final Map<String, Integer> quotas = new HashMap<>();

    public synchronized int acquire(String client) throws InterruptedException {
        int remaining = quotas.getOrDefault(client, 10);
        while (remaining == 0) {
            Thread.sleep(500);
            remaining = quotas.getOrDefault(client, 10);
        }
        quotas.put(client, remaining - 1);
        return remaining - 1;
    }

    public synchronized void refill(String client) {
        quotas.put(client, 10);
    }
}
