package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the highest processed offset per partition; loader tasks on many pool threads call markProcessed.
 * The put runs where the offset read was missing or lower, a test of either kind
 * ({@code current == null || offset > current}): a higher offset put by another thread in between is
 * overwritten by this lower one.
 */
public class BadHighWatermarkGetThenPutUnderEitherTest {
    private final Map<String, Long> highWatermarks = new ConcurrentHashMap<>();

    public void markProcessed(String partition, long offset) {
        Long current = highWatermarks.get(partition);
        if (current == null || offset > current) {
            highWatermarks.put(partition, offset); // expect: CheckThenAct['`get` and then `put` are each atomic, but not together']
        }
    }

    public long resumeOffset(String partition) {
        return highWatermarks.getOrDefault(partition, -1L) + 1;
    }
}
