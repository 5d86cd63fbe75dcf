package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The program shares one holder between its scheduled reload task and its worker pool: the reload
 * replaces the table through a plain field while the workers read it, so a worker may see a stale table,
 * or a new one whose map it does not yet see filled. The class itself shows no sign of threads; the
 * program that hands it to both shows it.
 */
public class BadReloadedTableOfHolderSharedWithWorkers {
    static final class Table {
        private final Map<String, String> routes;

        Table(Map<String, String> routes) {
            this.routes = new HashMap<>(routes);
        }
    }

    private Table table = new Table(Map.of());

    void reload(Map<String, String> routes) {
        table = new Table(routes); // expect: UnguardedWrite['`table` is written without a lock, by a thread the program starts, on an object it shares between its tasks']
    }

    String route(String path) {
        return table.routes.getOrDefault(path, "default");
    }

    public static void main(String[] args) throws InterruptedException {
        BadReloadedTableOfHolderSharedWithWorkers holder = new BadReloadedTableOfHolderSharedWithWorkers();
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor();
        reloader.scheduleWithFixedDelay(() -> holder.reload(Map.of("/a", "a:80")), 0, 50, TimeUnit.MILLISECONDS); // expect: NonSendCapture['another task']
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            workers.execute(() -> System.out.println(holder.route("/a"))); // expect: NonSendCapture['another task']
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        reloader.shutdownNow();
    }
}
