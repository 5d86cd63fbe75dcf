// EXPECT: none
package probe16c; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Holds feature toggles loaded from the toggles.yaml watcher. The watcher thread
 * applies changes; modules subscribe from their own startup threads and get a
 * replay of the current toggles when they subscribe.
 */
public class ToggleRepository {
    public interface ToggleObserver {
        void toggled(String toggle, boolean on);
    }

    private final Object togglesLock = new Object();
    private final Object observersLock = new Object();
    private final Map<String, Boolean> toggles = new HashMap<>();
    private final List<ToggleObserver> observers = new ArrayList<>();

    public void applyToggle(String name, boolean on) {
        synchronized (togglesLock) {
            Boolean previous = toggles.put(name, on);
            if (previous != null && previous == on) {
                return;
            }
            synchronized (observersLock) {
                for (ToggleObserver observer : observers) {
                    observer.toggled(name, on);
                }
            }
        }
    }

    public void subscribe(ToggleObserver observer) {
        synchronized (togglesLock) {
            synchronized (observersLock) { // OK: same togglesLock -> observersLock order as applyToggle
                observers.add(observer);
                for (Map.Entry<String, Boolean> e : toggles.entrySet()) {
                    observer.toggled(e.getKey(), e.getValue());
                }
            }
        }
    }

    public boolean isOn(String name) {
        synchronized (togglesLock) {
            return toggles.getOrDefault(name, Boolean.FALSE);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ToggleRepository repo = new ToggleRepository();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleAtFixedRate(() -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            repo.applyToggle("ui.darkMode", rnd.nextBoolean());
            repo.applyToggle("api.rateLimitV2", rnd.nextBoolean());
        }, 0, 10, TimeUnit.MILLISECONDS);

        List<Thread> moduleStarts = new ArrayList<>();
        for (String module : List.of("gateway", "billing", "reports")) {
            Thread t = new Thread(() -> repo.subscribe(
                    (toggle, on) -> System.out.println(module + " sees " + toggle + "=" + on)), "start-" + module);
            moduleStarts.add(t);
            t.start();
        }
        for (Thread t : moduleStarts) {
            t.join();
        }
        watcher.shutdown();
    }
}
