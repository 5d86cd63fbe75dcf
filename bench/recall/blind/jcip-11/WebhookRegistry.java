// EXPECT: none
package probe11a; import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Registry of webhook endpoints that receive order events. Endpoints are registered by API
 * request threads and bulk-loaded from configuration on a reload thread; the delivery
 * worker iterates the list. Each endpoint must be registered at most once.
 */
public class WebhookRegistry {

    private final List<URI> endpoints = Collections.synchronizedList(new ArrayList<>());

    public boolean registerIfAbsent(URI endpoint) {
        URI normalized = endpoint.normalize();
        synchronized (endpoints) {
            boolean absent = !endpoints.contains(normalized); // OK: check and add run under the list's own monitor, the same lock used by the synchronized list and by reload()
            if (absent) {
                endpoints.add(normalized);
            }
            return absent;
        }
    }

    public void reload(Collection<URI> configured) {
        synchronized (endpoints) {
            for (URI uri : configured) {
                URI normalized = uri.normalize();
                if (!endpoints.contains(normalized)) {
                    endpoints.add(normalized);
                }
            }
        }
    }

    public List<URI> deliveryTargets() {
        synchronized (endpoints) {
            return List.copyOf(endpoints);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WebhookRegistry registry = new WebhookRegistry();
        List<URI> config = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            config.add(URI.create("https://hooks.example.com/tenant/" + i));
        }

        Thread reloader = new Thread(() -> registry.reload(config), "config-reload");
        ExecutorService apiThreads = Executors.newFixedThreadPool(4);
        reloader.start();
        for (int i = 0; i < 500; i++) {
            URI uri = URI.create("https://hooks.example.com/./tenant/" + i);
            apiThreads.execute(() -> registry.registerIfAbsent(uri));
        }
        apiThreads.shutdown();
        apiThreads.awaitTermination(30, TimeUnit.SECONDS);
        reloader.join();

        List<URI> targets = registry.deliveryTargets();
        System.out.println("webhook targets: " + targets.size() + " distinct: " + targets.stream().distinct().count());
    }
}
