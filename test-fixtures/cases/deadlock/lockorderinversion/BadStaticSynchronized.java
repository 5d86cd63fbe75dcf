package deadlock.lockorderinversion;

import java.util.HashMap;
import java.util.Map;

/** Two static registries guarded by their class monitors call each other: register() holds BadStaticSynchronized.class and calls StaticStats, report() holds StaticStats.class and calls back: a class-lock cycle. */
public final class BadStaticSynchronized {
    private static final Map<String, Object> SERVICES = new HashMap<>();

    private BadStaticSynchronized() {
    }

    public static synchronized void register(String name, Object service) {
        SERVICES.put(name, service);
        StaticStats.increment("registered"); // expect: LockOrderInversion['holds `BadStaticSynchronized.class` and takes `StaticStats.class`']
    }

    public static synchronized int size() {
        return SERVICES.size();
    }
}

/** Usage counters of BadStaticSynchronized, guarded by this class's monitor. */
final class StaticStats {
    private static final Map<String, Integer> COUNTS = new HashMap<>();

    private StaticStats() {
    }

    static synchronized void increment(String key) {
        COUNTS.merge(key, 1, Integer::sum);
    }

    static synchronized String report() {
        return COUNTS + " services=" + BadStaticSynchronized.size(); // expect: LockOrderInversion['other side of a lock-order inversion']
    }
}
