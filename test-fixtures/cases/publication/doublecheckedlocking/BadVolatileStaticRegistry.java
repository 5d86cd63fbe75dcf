package publication.doublecheckedlocking;

import java.util.ArrayList;
import java.util.List;

/** A static volatile registry published before its default handlers are added inside the lock. */
public final class BadVolatileStaticRegistry {
    private static volatile BadVolatileStaticRegistry instance;

    private final List<String> handlers = new ArrayList<>();

    private BadVolatileStaticRegistry() {
    }

    public static BadVolatileStaticRegistry getInstance() {
        if (instance == null) {
            synchronized (BadVolatileStaticRegistry.class) {
                if (instance == null) {
                    instance = new BadVolatileStaticRegistry();
                    instance.handlers.add("default"); // expect: DoubleCheckedLocking
                }
            }
        }
        return instance;
    }
}
