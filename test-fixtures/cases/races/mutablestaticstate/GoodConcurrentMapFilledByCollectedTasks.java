package races.mutablestaticstate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The same parallel plugin initializers registering into a ConcurrentHashMap, which takes puts from many threads. */
public final class GoodConcurrentMapFilledByCollectedTasks {
    private static final Map<String, Runnable> HANDLERS = new ConcurrentHashMap<>();

    private GoodConcurrentMapFilledByCollectedTasks() {
    }

    static void register(String name, Runnable handler) {
        HANDLERS.put(name, handler);
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
