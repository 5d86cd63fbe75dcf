package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A memo of display names that goes on with its own copy after an ignored putIfAbsent: the value is a
 * final-field record built from the key alone, so a racing thread's stored copy is an equal one and
 * either serves (a note). The look-alike BadInboxUsedAfterPutIfAbsent delivers into a queue nobody reads.
 */
public class BadCachedNameUsedAfterPutIfAbsentNote {
    record DisplayName(String id, String text) {
    }

    private final ConcurrentMap<String, DisplayName> names = new ConcurrentHashMap<>();

    public DisplayName nameOf(String id) {
        DisplayName cached = names.get(id);
        if (cached != null) {
            return cached;
        }
        DisplayName name = new DisplayName(id, id.toUpperCase(java.util.Locale.ROOT));
        names.putIfAbsent(id, name); // expect: PutIfAbsentIgnored['either copy serves unless its identity matters']
        return name;
    }
}
