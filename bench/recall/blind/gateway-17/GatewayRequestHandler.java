// EXPECT: request-handler-singleton-state @ line 30
package probe17b; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Handler for the /orders/* route. The gateway registers ONE instance of this class
 * at startup and its worker pool calls handle() concurrently for every request.
 */
public class GatewayRequestHandler {

    public record Request(String path, String principal, Map<String, String> headers) {}

    public record Response(int status, String body) {}

    private final Map<String, Integer> routeHits = new ConcurrentHashMap<>();
    private final String upstreamBase;
    private String currentPrincipal;

    public GatewayRequestHandler(String upstreamBase) {
        this.upstreamBase = upstreamBase;
    }

    public Response handle(Request request) {
        currentPrincipal = request.principal(); // BUG: per-request principal stored in a field of the shared singleton handler
        routeHits.merge(request.path(), 1, Integer::sum);
        if (!authorize(request.path())) {
            return new Response(403, "forbidden for " + currentPrincipal);
        }
        String target = upstreamBase + request.path();
        return new Response(200, forward(target));
    }

    private boolean authorize(String path) {
        if (path.startsWith("/orders/admin")) {
            return "admin".equals(currentPrincipal);
        }
        return currentPrincipal != null;
    }

    private String forward(String target) {
        return "proxied " + target + " on behalf of " + currentPrincipal;
    }

    public Map<String, Integer> hits() {
        return Map.copyOf(routeHits);
    }

    public static void main(String[] args) throws Exception {
        GatewayRequestHandler handler = new GatewayRequestHandler("http://orders.internal:8080");
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            boolean admin = i % 2 == 0;
            Request req = new Request("/orders/admin/purge", admin ? "admin" : "guest-" + i,
                    Map.of("X-Request-Id", "r" + i));
            results.add(workers.submit(() -> handler.handle(req)));
        }
        int granted = 0;
        for (Future<Response> f : results) {
            if (f.get().status() == 200) {
                granted++;
            }
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("granted=" + granted + " hits=" + handler.hits());
    }
}
