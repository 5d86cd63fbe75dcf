package atomicity.checkthenact;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A cache of user names by uid that fetches a name again when its entry expired: two threads that miss
 * at once both fetch it and both put an immutable entry for the same uid; either serves, it is only
 * fetched twice, so a note.
 */
public class BadExpiredNameRefetchedNote {
    static final long TIMEOUT_MILLIS = 60_000;

    static final class CachedName {
        final String name;
        final long fetched;

        CachedName(String name, long fetched) {
            this.name = name;
            this.fetched = fetched;
        }
    }

    private final ConcurrentHashMap<Long, CachedName> names = new ConcurrentHashMap<>();

    public String nameOf(long uid) {
        CachedName cached = names.get(uid);
        long now = System.currentTimeMillis();
        if (cached != null && cached.fetched + TIMEOUT_MILLIS > now) {
            return cached.name;
        }
        String name = "user" + uid;
        cached = new CachedName(name, now);
        names.put(uid, cached); // expect: CheckThenAct['another thread can fill the same key in between, and the later put replaces its value; the value is immutable']
        return name;
    }

    public static void main(String[] args) {
        BadExpiredNameRefetchedNote cache = new BadExpiredNameRefetchedNote();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            long uid = i % 3;
            workers.execute(() -> cache.nameOf(uid));
        }
        workers.shutdown();
    }
}
