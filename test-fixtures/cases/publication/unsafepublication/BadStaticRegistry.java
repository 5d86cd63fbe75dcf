package publication.unsafepublication;

import java.util.HashMap;
import java.util.Map;

/** A static plain field receives a freshly built HashMap that a background thread reads without synchronization. */
public final class BadStaticRegistry {
    private static Map<String, String> aliases;

    private BadStaticRegistry() {
    }

    public static void install(Map<String, String> initial) {
        aliases = new HashMap<>(initial); // expect: UnsafePublication
    }

    public static Thread startResolver(String name) {
        Thread t = new Thread(() -> {
            Map<String, String> a = aliases;
            System.out.println(name + " -> " + (a == null ? name : a.getOrDefault(name, name)));
        });
        t.start();
        return t;
    }
}
