package atomicity.putifabsentignored;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Records when a device was first seen: the result is ignored, but so is the value afterwards, so losing the race is harmless. */
public class GoodIgnoredValueNotUsed {
    private final ConcurrentMap<String, Instant> firstSeen = new ConcurrentHashMap<>();

    public void seen(String deviceId) {
        Instant now = Instant.now();
        firstSeen.putIfAbsent(deviceId, now);
    }

    public Instant firstSeen(String deviceId) {
        return firstSeen.get(deviceId);
    }
}
