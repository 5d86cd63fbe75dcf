// EXPECT: race-write @ line 43
package recall2;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Servlet-style request handler. The container creates exactly one instance and dispatches
 * every request to it from its worker thread pool.
 */
public class OrderServlet {

    /** Minimal request abstraction handed in by the container. */
    public static final class Request {
        private final Map<String, String> params;

        public Request(Map<String, String> params) {
            this.params = Map.copyOf(params);
        }

        public String param(String name) {
            return params.get(name);
        }
    }

    private static final OrderServlet INSTANCE = new OrderServlet();

    private final Map<String, List<String>> ordersByCustomer = new ConcurrentHashMap<>();
    private String currentCustomer;
    private long requestStart;

    public static OrderServlet getInstance() {
        return INSTANCE;
    }

    public String service(Request req) {
        requestStart = System.nanoTime();
        currentCustomer = req.param("customer");
        String item = req.param("item");
        if (currentCustomer == null || item == null) {
            return "400 missing parameter";
        }
        ordersByCustomer.computeIfAbsent(currentCustomer, c -> new CopyOnWriteArrayList<>()).add(item);
        return render(item);
    }

    private String render(String item) {
        long micros = (System.nanoTime() - requestStart) / 1000;
        return "200 ordered " + item + " for " + currentCustomer + " in " + micros + "us";
    }

    public List<String> ordersOf(String customer) {
        return ordersByCustomer.getOrDefault(customer, List.of());
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService container = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 10_000; i++) {
            final Request req = new Request(Map.of("customer", "c" + (i % 50), "item", "sku-" + i));
            container.execute(() -> getInstance().service(req));
        }
        container.shutdown();
        container.awaitTermination(1, TimeUnit.MINUTES);
    }
}
