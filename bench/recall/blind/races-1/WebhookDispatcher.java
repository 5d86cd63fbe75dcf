// EXPECT: none
package probe.races;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Fans out webhook notifications to registered customer endpoints. */
// OK: every iteration over the synchronized collections holds the collection's own lock, as Collections.synchronizedList/Map require
public class WebhookDispatcher {
    private final List<String> endpoints = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> failures = Collections.synchronizedMap(new HashMap<>());

    public void register(String url) {
        endpoints.add(url);
    }

    public void deregister(String url) {
        endpoints.remove(url);
    }

    public int broadcast(String payload) {
        List<String> targets;
        synchronized (endpoints) {
            targets = new ArrayList<>(endpoints.size());
            for (String url : endpoints) {
                targets.add(url);
            }
        }
        int delivered = 0;
        for (String url : targets) {
            if (deliver(url, payload)) {
                delivered++;
            } else {
                failures.merge(url, 1, Integer::sum);
            }
        }
        return delivered;
    }

    private boolean deliver(String url, String payload) {
        return !url.contains("unreachable") && !payload.isEmpty();
    }

    public int failureTotal() {
        synchronized (failures) {
            int sum = 0;
            for (int count : failures.values()) {
                sum += count;
            }
            return sum;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.register("https://hooks.acme.example/orders");
        Thread broadcaster = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                dispatcher.broadcast("{\"order\":" + i + "}");
            }
        }, "webhook-broadcaster");
        broadcaster.start();
        ExecutorService admin = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 500; i++) {
            String url = "https://unreachable-" + i + ".example/hook";
            admin.submit(() -> {
                dispatcher.register(url);
                dispatcher.deregister(url);
            });
        }
        admin.shutdown();
        admin.awaitTermination(5, TimeUnit.SECONDS);
        broadcaster.join();
        System.out.println("failed deliveries: " + dispatcher.failureTotal());
    }
}
