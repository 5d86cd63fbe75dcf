// EXPECT: iteration-while-modified @ line 27
package probe17b; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Ordered chain of authentication filters. Request worker threads run apply() for every
 * request, while the admin API thread can register new filters at runtime (hot reload).
 */
public class FilterChainRegistry {

    public interface AuthFilter {
        boolean permits(Map<String, String> headers);
    }

    private final List<AuthFilter> filters = Collections.synchronizedList(new ArrayList<>());

    public void register(AuthFilter filter) {
        filters.add(filter);
    }

    public boolean apply(Map<String, String> headers) {
        for (AuthFilter f : filters) { // BUG: iterates a synchronizedList without holding its lock while the admin thread adds filters (ConcurrentModificationException)
            if (!f.permits(headers)) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return filters.size();
    }

    public static void main(String[] args) throws InterruptedException {
        FilterChainRegistry chain = new FilterChainRegistry();
        chain.register(h -> h.containsKey("Authorization"));

        Thread adminApi = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                String blocked = "10.0.0." + i;
                chain.register(h -> !blocked.equals(h.get("X-Forwarded-For")));
            }
        }, "admin-api");

        ExecutorService workers = Executors.newFixedThreadPool(8);
        adminApi.start();
        for (int i = 0; i < 20_000; i++) {
            Map<String, String> headers = Map.of("Authorization", "Bearer t" + i, "X-Forwarded-For", "192.168.1." + (i % 200));
            workers.execute(() -> {
                try {
                    chain.apply(headers);
                } catch (RuntimeException e) {
                    System.out.println("filter chain failed: " + e);
                }
            });
        }
        adminApi.join();
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("filters registered: " + chain.size());
    }
}
