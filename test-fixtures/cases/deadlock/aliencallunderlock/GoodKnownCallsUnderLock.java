package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Under the lock the index only calls code it controls or knows: its own private, static and final methods, JDK collections and String; nothing foreign runs while the lock is held. */
public final class GoodKnownCallsUnderLock {
    private final Object lock = new Object();
    private final Map<String, List<String>> byTag = new HashMap<>();
    private int total;

    public int add(String tag, String item) {
        synchronized (lock) {
            byTag.computeIfAbsent(normalize(tag), t -> new ArrayList<>()).add(item.trim());
            total++;
            trimIfLarge();
            return count(tag);
        }
    }

    public final int count(String tag) {
        synchronized (lock) {
            return byTag.getOrDefault(normalize(tag), List.of()).size();
        }
    }

    public int total() {
        synchronized (lock) {
            return total;
        }
    }

    private void trimIfLarge() {
        if (total > 10_000) {
            byTag.clear();
            total = 0;
        }
    }

    private static String normalize(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
