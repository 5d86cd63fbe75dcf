package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;

/**
 * A watcher thread replaces the routes while a request thread reads them, both through one table
 * captured from the method that starts them: the plain field is written and read with no lock, so the
 * request thread can see the new routes half built or never see them.
 */
public class BadTableSharedByWatcherAndRequests {
    private Map<String, String> routes = new HashMap<>();

    public void reload(String prefix, String backend) {
        Map<String, String> next = new HashMap<>(routes);
        next.put(prefix, backend);
        routes = next; // expect: UnguardedWrite['`routes` is written without a lock, by a task that runs on another thread']
    }

    public String route(String path) {
        for (Map.Entry<String, String> e : routes.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    public static void main(String[] args) throws InterruptedException {
        BadTableSharedByWatcherAndRequests table = new BadTableSharedByWatcherAndRequests();
        Thread watcher = new Thread(() -> {
            for (int v = 0; v < 100; v++) {
                table.reload("/api", "api-" + v); // expect: NonSendCapture['`table` is not thread-safe but is shared with a task']
            }
        });
        Thread requests = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                table.route("/api/orders"); // expect: NonSendCapture['`table` is not thread-safe but is shared with a task']
            }
        });
        watcher.start();
        requests.start();
        watcher.join();
        requests.join();
    }
}
