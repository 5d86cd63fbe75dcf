package races.mutablestaticstate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Plugin initializers, written as a list of closures, run in parallel on a start-up pool; each registers
 * a handler in one static HashMap, so two registrations at once can corrupt it or lose an entry.
 */
public final class BadStaticMapFilledByCollectedTasks {
    private static final Map<String, Runnable> HANDLERS = new HashMap<>();

    private BadStaticMapFilledByCollectedTasks() {
    }

    static void register(String name, Runnable handler) {
        HANDLERS.put(name, handler); // expect: MutableStaticState['static `HANDLERS` holds a collection that is not thread-safe']
    }

    public static void main(String[] args) {
        ExecutorService startup = Executors.newFixedThreadPool(4);
        List<Runnable> inits = List.of(
                () -> register("audit", () -> { }),
                () -> register("metrics", () -> { }));
        for (Runnable init : inits) {
            startup.execute(init);
        }
        startup.shutdown();
    }
}
