package publication.guardedstateescape;

import java.util.HashMap;
import java.util.Map;

/**
 * A mock consumer for tests. This class is not thread-safe: tests that use it from several threads must
 * hand their work to the polling thread (kafka MockConsumer, misuse review of 2026-12-03).
 */
public class GoodDocumentedNotThreadSafe {
    private final Map<String, Integer> partitions = new HashMap<>();

    public synchronized void updatePartitions(String topic, int count) {
        partitions.put(topic, count);
    }

    public synchronized Map<String, Integer> partitions() {
        return partitions;
    }
}
