// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 30
package probe14b; import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Application-wide event bus. Handlers are always invoked on the UI dispatch thread.
 *
 * Plugins are activated in parallel on a startup pool, so subscribe() is called
 * concurrently from several threads; publish() may be called from any thread.
 */
public class TopicEventBus {

    private final Map<String, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService dispatchThread;

    public TopicEventBus(ExecutorService dispatchThread) {
        this.dispatchThread = dispatchThread;
    }

    public void subscribe(String topic, Consumer<Object> handler) {
        List<Consumer<Object>> handlers = subscribers.get(topic);
        if (handlers == null) {
            handlers = new CopyOnWriteArrayList<>();
            subscribers.put(topic, handlers); // BUG: check-then-act on the ConcurrentHashMap; a concurrent subscriber's list can be replaced and its handler lost
        }
        handlers.add(handler);
    }

    public void unsubscribe(String topic, Consumer<Object> handler) {
        List<Consumer<Object>> handlers = subscribers.get(topic);
        if (handlers != null) {
            handlers.remove(handler);
        }
    }

    public void publish(String topic, Object payload) {
        List<Consumer<Object>> handlers = subscribers.get(topic);
        if (handlers == null || handlers.isEmpty()) {
            return;
        }
        dispatchThread.execute(() -> {
            for (Consumer<Object> handler : handlers) {
                handler.accept(payload);
            }
        });
    }

    interface Plugin {
        void activate(TopicEventBus bus);
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatch = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        TopicEventBus bus = new TopicEventBus(dispatch);

        List<Plugin> plugins = List.of(
                b -> b.subscribe("selection.changed", e -> System.out.println("inspector: " + e)),
                b -> b.subscribe("selection.changed", e -> System.out.println("status bar: " + e)),
                b -> b.subscribe("document.saved", e -> System.out.println("recent files: " + e)),
                b -> b.subscribe("selection.changed", e -> System.out.println("outline: " + e)));

        ExecutorService startup = Executors.newFixedThreadPool(4, r -> new Thread(r, "plugin-activator"));
        for (Plugin plugin : plugins) {
            startup.execute(() -> plugin.activate(bus));
        }
        startup.shutdown();
        startup.awaitTermination(30, TimeUnit.SECONDS);

        bus.publish("selection.changed", "3 shapes selected");
        bus.publish("document.saved", "drawing.svg");
        dispatch.shutdown();
    }
}
