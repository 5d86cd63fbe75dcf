package races.unguardedread;

import java.util.HashMap;
import java.util.Map;

/** The same fast path, with nothing in the code that says the unguarded read was meant: a warning. */
public class BadLookupOfGuardedMapUnlocked {
    private final Object lock = new Object();

    /** Writes are guarded by {@code lock}. */
    private final Map<String, String> aliases = new HashMap<>();

    public String lookup(String name) {
        String alias = aliases.get(name); // expect: UnguardedRead['`aliases.get()` is read without `lock`']
        if (alias != null) {
            return alias;
        }
        synchronized (lock) {
            String existing = name.toLowerCase(java.util.Locale.ROOT);
            aliases.put(name, existing);
            return existing;
        }
    }

    public void remove(String name) {
        synchronized (lock) {
            aliases.remove(name);
        }
    }

    public static void main(String[] args) {
        BadLookupOfGuardedMapUnlocked registry = new BadLookupOfGuardedMapUnlocked();
        new Thread(() -> registry.lookup("a")).start();
        new Thread(() -> registry.remove("a")).start();
        registry.lookup("b");
    }
}
