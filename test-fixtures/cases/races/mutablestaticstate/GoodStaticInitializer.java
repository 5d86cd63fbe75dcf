package races.mutablestaticstate;

import java.util.HashMap;
import java.util.Map;

/** A static table written only in the static initializer, which the JVM runs once, before any thread can use the class. */
public final class GoodStaticInitializer {
    private static Map<String, Integer> ports;

    static {
        Map<String, Integer> table = new HashMap<>();
        table.put("http", 80);
        table.put("https", 443);
        ports = Map.copyOf(table);
    }

    private GoodStaticInitializer() {
    }

    public static int port(String scheme) {
        return ports.getOrDefault(scheme, -1);
    }
}
