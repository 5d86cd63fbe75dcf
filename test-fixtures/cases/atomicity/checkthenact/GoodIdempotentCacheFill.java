package atomicity.checkthenact;

import java.io.File;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A memo of each hints file's expiry: racing threads compute the same value from the file, and
 * nothing else puts a different value for the key (only {@code remove}), so no update is lost
 * (cassandra HintsStore.getExpirationTime, races review #9).
 */
public class GoodIdempotentCacheFill {
    private final ConcurrentMap<File, Long> expirations = new ConcurrentHashMap<>();
    private final long ttlMillis;

    public GoodIdempotentCacheFill(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    public long expirationTime(File hints) {
        Long cached = expirations.get(hints);
        if (cached == null) {
            cached = hints.lastModified() + ttlMillis;
            expirations.put(hints, cached); // known-fp: CheckThenAct['check-then-act on concurrent map `expirations`: `get` and then `put`'] #races review #9
        }
        return cached;
    }

    public void deleted(File hints) {
        expirations.remove(hints);
    }
}
