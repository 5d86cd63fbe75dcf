package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The look-alike: the test joins a future nobody has seen done, so the cache's lock is held while the
 * computation behind it runs.
 */
public class BadJoinInConditionWithoutDoneTest {
    private final Map<String, CompletableFuture<String>> entries = new HashMap<>();

    static boolean hasValue(CompletableFuture<?> future) {
        return future != null && future.join() != null;
    }

    public synchronized void put(String key, CompletableFuture<String> value) {
        entries.put(key, value);
        if (hasValue(value)) { // expect: BlockingUnderLock['`hasValue()` may block in `future.join()`']
            entries.remove(key);
        }
    }

    public synchronized int size() {
        return entries.size();
    }
}
