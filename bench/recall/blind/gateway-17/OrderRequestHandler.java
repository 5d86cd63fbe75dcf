// EXPECT: none
package probe17b; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Handler for the /orders/* route. The dispatcher creates a fresh instance for every
 * request through a factory, so instances are request-scoped; only the hit counter
 * map is shared between requests.
 */
public class OrderRequestHandler {

    public record Request(String path, String principal, Map<String, String> headers) {}

    public record Response(int status, String body) {}

    private static final Map<String, Integer> ROUTE_HITS = new ConcurrentHashMap<>();

    private final String upstreamBase;
    private String principal;

    public OrderRequestHandler(String upstreamBase) {
        this.upstreamBase = upstreamBase;
    }

    public Response handle(Request request) {
        this.principal = request.principal(); // OK: handler is instantiated per request and confined to one worker thread
        ROUTE_HITS.merge(request.path(), 1, Integer::sum);
        if (!authorize(request.path())) {
            return new Response(403, "forbidden for " + principal);
        }
        return new Response(200, forward(upstreamBase + request.path()));
    }

    private boolean authorize(String path) {
        if (path.startsWith("/orders/admin")) {
            return "admin".equals(principal);
        }
        return principal != null;
    }

    private String forward(String target) {
        return "proxied " + target + " on behalf of " + principal;
    }

    static Response dispatch(Supplier<OrderRequestHandler> factory, Request request) {
        return factory.get().handle(request);
    }

    public static void main(String[] args) throws Exception {
        Supplier<OrderRequestHandler> factory = () -> new OrderRequestHandler("http://orders.internal:8080");
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            boolean admin = i % 2 == 0;
            Request req = new Request("/orders/admin/purge", admin ? "admin" : "guest-" + i,
                    Map.of("X-Request-Id", "r" + i));
            results.add(workers.submit(() -> dispatch(factory, req)));
        }
        int granted = 0;
        for (Future<Response> f : results) {
            if (f.get().status() == 200) {
                granted++;
            }
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("granted=" + granted + " hits=" + Map.copyOf(ROUTE_HITS));
    }
}
