// EXPECT: none
package probe17b; import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Interceptors that post-process every response leaving the gateway (header injection,
 * cache tagging). Request worker threads call process(); the admin API thread may add
 * interceptors at runtime.
 */
public class ResponseInterceptorChain {

    public interface ResponseInterceptor {
        void onResponse(String path, Map<String, String> headers);
    }

    private final List<ResponseInterceptor> interceptors = Collections.synchronizedList(new ArrayList<>());

    public void add(ResponseInterceptor interceptor) {
        interceptors.add(interceptor);
    }

    public Map<String, String> process(String path) {
        Map<String, String> headers = new HashMap<>();
        synchronized (interceptors) {
            for (ResponseInterceptor i : interceptors) { // OK: iteration happens while holding the synchronizedList's own monitor, which add() also takes
                i.onResponse(path, headers);
            }
        }
        return headers;
    }

    public int size() {
        return interceptors.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ResponseInterceptorChain chain = new ResponseInterceptorChain();
        chain.add((path, h) -> h.put("X-Content-Type-Options", "nosniff"));

        Thread adminApi = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                String tag = "release-" + i;
                chain.add((path, h) -> h.put("X-Cache-Tag", tag + ":" + path));
            }
        }, "admin-api");

        ExecutorService workers = Executors.newFixedThreadPool(8);
        adminApi.start();
        for (int i = 0; i < 20_000; i++) {
            String path = "/products/" + (i % 300);
            workers.execute(() -> {
                try {
                    chain.process(path);
                } catch (RuntimeException e) {
                    System.out.println("interceptor chain failed: " + e);
                }
            });
        }
        adminApi.join();
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("interceptors registered: " + chain.size());
    }
}
