package publication.unsafepublication;

import java.util.HashMap;
import java.util.Map;

/** A static map built in the static initializer: class initialization publishes it to every thread. */
public final class GoodStaticInitializer {
    private static Map<String, Integer> codes;

    static {
        codes = new HashMap<>();
        codes.put("OK", 200);
        codes.put("NOT_FOUND", 404);
    }

    private GoodStaticInitializer() {
    }

    public static Thread startPrinter(String name) {
        Thread t = new Thread(() -> System.out.println(name + "=" + codes.getOrDefault(name, 500)));
        t.start();
        return t;
    }
}
