package races.mutablestaticstate;

import java.util.HashMap;
import java.util.Map;

/** A settings loader whose instance method swaps a JVM-wide static table: loaders on two threads overwrite each other. */
public class BadStaticReassignedInInstanceMethod {
    private static Map<String, String> settings = Map.of();

    public void reload(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(settings);
        merged.putAll(overrides);
        settings = Map.copyOf(merged); // expect: MutableStaticState
    }

    public static String get(String key) {
        return settings.get(key);
    }
}
