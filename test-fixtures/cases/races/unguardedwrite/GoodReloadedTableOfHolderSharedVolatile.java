package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The look-alikes: the holder the program shares between its reload task and its workers keeps the
 * table in a volatile field, so a worker sees the whole new table; the counter holder's tasks all go to
 * one single-thread executor, which runs them one after another.
 */
public class GoodReloadedTableOfHolderSharedVolatile {
    static final class Table {
        private final Map<String, String> routes;

        Table(Map<String, String> routes) {
            this.routes = new HashMap<>(routes);
        }
    }

    static final class Counter {
        private int count;

        void add() {
            count++;
        }

        int count() {
            return count;
        }
    }

    private volatile Table table = new Table(Map.of());

    void reload(Map<String, String> routes) {
        table = new Table(routes);
    }

    String route(String path) {
        return table.routes.getOrDefault(path, "default");
    }

    public static void main(String[] args) throws InterruptedException {
        GoodReloadedTableOfHolderSharedVolatile holder = new GoodReloadedTableOfHolderSharedVolatile();
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
        reloader.scheduleWithFixedDelay(() -> holder.reload(Map.of("/a", "a:80")), 0, 50, TimeUnit.MILLISECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            workers.execute(() -> System.out.println(holder.route("/a")));
        }
        Counter counter = new Counter();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        ui.execute(counter::add);
        ui.execute(() -> System.out.println(counter.count()));
        ui.shutdown();
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        reloader.shutdownNow();
    }
}
