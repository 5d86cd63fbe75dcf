// EXPECT: unsafe-publication @ line 52
package probe10b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Maps event types to handlers. Handlers are registered during bootstrap; the
 * lookup index is built lazily by whichever request thread dispatches first,
 * and then shared by all request threads.
 */
public class HandlerDirectory {

    public interface Handler {
        void on(String type, String body);
    }

    static final class HandlerIndex {
        Map<String, List<Handler>> byType;
        int handlerCount;

        HandlerIndex(Map<String, List<Handler>> source) {
            byType = new HashMap<>();
            for (Map.Entry<String, List<Handler>> e : source.entrySet()) {
                byType.put(e.getKey(), new ArrayList<>(e.getValue()));
                handlerCount += e.getValue().size();
            }
        }

        List<Handler> lookup(String type) {
            return byType.getOrDefault(type, List.of());
        }
    }

    private final Map<String, List<Handler>> registrations = new HashMap<>();
    private HandlerIndex index;

    public void register(String type, Handler h) {
        registrations.computeIfAbsent(type, t -> new ArrayList<>()).add(h);
    }

    private HandlerIndex index() {
        HandlerIndex idx = index;
        if (idx == null) {
            synchronized (this) {
                idx = index;
                if (idx == null) {
                    idx = new HandlerIndex(registrations);
                    index = idx; // BUG: double-checked publication through a non-volatile field of an object with non-final fields
                }
            }
        }
        return idx;
    }

    public int dispatch(String type, String body) {
        List<Handler> handlers = index().lookup(type);
        for (Handler h : handlers) {
            h.on(type, body);
        }
        return handlers.size();
    }

    public static void main(String[] args) throws InterruptedException {
        HandlerDirectory directory = new HandlerDirectory();
        for (int i = 0; i < 20; i++) {
            directory.register("type-" + (i % 5), (t, b) -> { });
        }

        ExecutorService requests = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            int n = i;
            requests.submit(() -> directory.dispatch("type-" + (n % 5), "payload-" + n));
        }
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.SECONDS);
    }
}
