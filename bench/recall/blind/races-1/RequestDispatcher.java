// EXPECT: unsynchronized-read-modify-write @ line 25
package probe.races;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Dispatches inbound API requests to a worker pool and tallies served requests for /metrics. */
public class RequestDispatcher {
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final Map<String, Function<String, String>> routes;
    private long requestsServed;

    public RequestDispatcher(Map<String, Function<String, String>> routes) {
        this.routes = Map.copyOf(routes);
    }

    public Future<String> dispatch(String path, String body) {
        return workers.submit(() -> {
            Function<String, String> handler = routes.getOrDefault(path, b -> "404 Not Found");
            String response = handler.apply(body);
            requestsServed++; // BUG: unsynchronized read-modify-write of a shared field from pool threads loses updates
            return response;
        });
    }

    /** Drains the pool and returns the final tally (awaitTermination gives visibility). */
    public long shutdownAndCount() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        return requestsServed;
    }

    public static void main(String[] args) throws Exception {
        RequestDispatcher dispatcher = new RequestDispatcher(Map.of(
                "/echo", body -> body,
                "/upper", String::toUpperCase));
        for (int i = 0; i < 10_000; i++) {
            dispatcher.dispatch(i % 2 == 0 ? "/echo" : "/upper", "payload-" + i);
        }
        System.out.println("served " + dispatcher.shutdownAndCount() + " of 10000");
    }
}
