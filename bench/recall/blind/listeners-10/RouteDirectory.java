// EXPECT: none
package probe10b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Maps message routes to consumers. Consumers are registered during bootstrap;
 * the lookup table is built lazily by whichever request thread routes first,
 * and then shared by all request threads. The table is deeply immutable.
 */
public class RouteDirectory {

    public interface Consumer {
        void accept(String route, String body);
    }

    static final class RouteTable {
        private final Map<String, List<Consumer>> byRoute;
        private final int consumerCount;

        RouteTable(Map<String, List<Consumer>> source) {
            Map<String, List<Consumer>> tmp = new HashMap<>();
            int count = 0;
            for (Map.Entry<String, List<Consumer>> e : source.entrySet()) {
                tmp.put(e.getKey(), List.copyOf(e.getValue()));
                count += e.getValue().size();
            }
            this.byRoute = Map.copyOf(tmp);
            this.consumerCount = count;
        }

        List<Consumer> lookup(String route) {
            return byRoute.getOrDefault(route, List.of());
        }
    }

    private final Map<String, List<Consumer>> registrations = new HashMap<>();
    private RouteTable table;

    public void register(String route, Consumer c) {
        registrations.computeIfAbsent(route, r -> new ArrayList<>()).add(c);
    }

    private RouteTable table() {
        RouteTable t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new RouteTable(registrations);
                    table = t; // OK: RouteTable has only final fields over immutable copies, so final-field semantics make this racy publication safe
                }
            }
        }
        return t;
    }

    public int route(String route, String body) {
        List<Consumer> consumers = table().lookup(route);
        for (Consumer c : consumers) {
            c.accept(route, body);
        }
        return consumers.size();
    }

    public static void main(String[] args) throws InterruptedException {
        RouteDirectory directory = new RouteDirectory();
        for (int i = 0; i < 20; i++) {
            directory.register("route-" + (i % 5), (r, b) -> { });
        }

        ExecutorService requests = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            int n = i;
            requests.submit(() -> directory.route("route-" + (n % 5), "payload-" + n));
        }
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
    }
}
