package races.unguardedread;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry's fast path reads a plain map without the lock that guards its writes, and the field's
 * documentation says so: the authors weighed the race (a miss falls back to the locked path), so it is
 * a note that names the comment.
 */
public class BadLookupDocumentedUnguardedNote {
    private final Object lock = new Object();
    private final Map<String, String> registered = new ConcurrentHashMap<>();

    /**
     * Writes happen under the registry's monitor object; the read in {@link #lookup(String)} is unguarded.
     */
    private final Map<String, String> aliases = new HashMap<>();

    public String lookup(String name) {
        String alias = aliases.get(name); // expect: UnguardedRead['a comment at the declaration of `aliases` says its race is deliberate']
        if (alias != null) {
            return alias;
        }
        synchronized (lock) {
            String existing = registered.get(name);
            if (existing == null) {
                existing = name.toLowerCase(java.util.Locale.ROOT);
                registered.put(name, existing);
                aliases.put(name, existing);
            }
            return existing;
        }
    }

    public void remove(String name) {
        synchronized (lock) {
            registered.remove(name);
            aliases.remove(name);
        }
    }

    public static void main(String[] args) {
        BadLookupDocumentedUnguardedNote registry = new BadLookupDocumentedUnguardedNote();
        new Thread(() -> registry.lookup("a")).start();
        new Thread(() -> registry.remove("a")).start();
        registry.lookup("b");
    }
}
