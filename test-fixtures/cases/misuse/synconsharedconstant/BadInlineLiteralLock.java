package misuse.synconsharedconstant;

import java.util.HashMap;
import java.util.Map;

/** Metrics registry that locks on the literal "metrics": the same interned String is visible to every class in the JVM that writes that literal. */
public class BadInlineLiteralLock {
    private final Map<String, Long> gauges = new HashMap<>();

    public void set(String name, long value) {
        synchronized ("metrics") { // expect: SyncOnSharedConstant
            gauges.put(name, value);
        }
    }

    public long get(String name) {
        synchronized ("metrics") { // expect: SyncOnSharedConstant
            return gauges.getOrDefault(name, 0L);
        }
    }
}
