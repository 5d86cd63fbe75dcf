package races.mutablestaticstate;

/** A request handler that stores the current tenant in a static field: every instance, on every thread, shares that one slot. */
public class BadInstanceSetterWritesStatic {
    private static String currentTenant = "default";

    public void handle(String tenant, String query) {
        currentTenant = tenant; // expect: MutableStaticState['static `currentTenant` is written from instance method `BadInstanceSetterWritesStatic.handle` without a lock']
        run(query);
    }

    private void run(String query) {
        if (query.isEmpty()) {
            throw new IllegalArgumentException("empty query for " + currentTenant);
        }
    }
}
