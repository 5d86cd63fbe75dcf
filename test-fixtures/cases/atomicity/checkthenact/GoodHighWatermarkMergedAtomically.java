package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The high-watermark tracker that keeps the maximum with one atomic merge: the read, the comparison and
 * the store happen together, whatever other threads do.
 */
public class GoodHighWatermarkMergedAtomically {
    private final Map<String, Long> highWatermarks = new ConcurrentHashMap<>();

    public void markProcessed(String partition, long offset) {
        Long current = highWatermarks.get(partition);
        if (current == null || offset > current) {
            highWatermarks.merge(partition, offset, Math::max);
        }
    }

    public long resumeOffset(String partition) {
        return highWatermarks.getOrDefault(partition, -1L) + 1;
    }
}
