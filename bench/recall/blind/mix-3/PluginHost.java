// EXPECT: none
package probe3.mix;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Hosts a loaded plugin and forwards lifecycle events to it. Instances are
 * wired to the shared event bus only after they are fully built.
 */
// OK: constructor is private and never leaks `this`; the static factory subscribes the listener only after construction has completed
public class PluginHost {

    public interface LifecycleListener {
        void onEvent(String event);
    }

    static final List<LifecycleListener> EVENT_BUS = new CopyOnWriteArrayList<>();

    private final String pluginName;
    private final Map<String, Integer> eventCounts;
    private final String version;

    private PluginHost(String pluginName, String version) {
        this.pluginName = pluginName;
        this.version = version;
        this.eventCounts = new ConcurrentHashMap<>();
    }

    public static PluginHost load(String pluginName, String version) {
        PluginHost host = new PluginHost(pluginName, version);
        EVENT_BUS.add(host::handle);
        return host;
    }

    private void handle(String event) {
        eventCounts.merge(event, 1, Integer::sum);
        if ("reload".equals(event)) {
            System.out.println("reloading " + pluginName + "@" + version);
        }
    }

    public int count(String event) {
        return eventCounts.getOrDefault(event, 0);
    }

    static void broadcast(ExecutorService bus, String event) {
        bus.execute(() -> EVENT_BUS.forEach(l -> l.onEvent(event)));
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService bus = Executors.newSingleThreadExecutor();
        Thread loader = new Thread(() -> {
            load("audit-export", "1.4.2");
            load("sso-bridge", "0.9.0");
        }, "plugin-loader");
        loader.start();
        for (int i = 0; i < 100; i++) {
            broadcast(bus, i % 10 == 0 ? "reload" : "tick");
        }
        loader.join();
        PluginHost late = load("metrics", "2.0.0");
        broadcast(bus, "tick");
        bus.shutdown();
        bus.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("metrics ticks=" + late.count("tick"));
    }
}
