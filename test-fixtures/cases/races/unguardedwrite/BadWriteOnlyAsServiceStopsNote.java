package races.unguardedwrite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sequence number cleared without the monitor only as the service shuts down its threads, and otherwise
 * bumped under it: a client can meet that write only while the service stops, a note naming the step
 * (hadoop's ZKDelegationTokenSecretManager.startThreads, reached from the filter's init).
 */
public class BadWriteOnlyAsServiceStopsNote {
    private final Map<Integer, String> issued = new ConcurrentHashMap<>();
    private int sequence;

    public void shutdown() {
        stopThreads(); // related: UnguardedWrite@20['reaches the write from here']
    }

    void stopThreads() {
        sequence = -1; // expect: UnguardedWrite['the write is made only as `BadWriteOnlyAsServiceStopsNote.stopThreads` starts or stops'], UnguardedWrite['(reached from `BadWriteOnlyAsServiceStopsNote.shutdown` at line 16)']
    }

    public synchronized int issue(String owner) {
        sequence++;
        issued.put(sequence, owner);
        return sequence;
    }
}
