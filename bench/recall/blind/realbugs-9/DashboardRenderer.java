// EXPECT: none
package probe9b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Renders dashboards in the background. HTTP handler threads call
 * requestDashboard(); dashboards are serialized on one coordinator thread,
 * while individual panels are rendered in parallel on a separate pool.
 */
public class DashboardRenderer {
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-coordinator");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService panelPool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "panel-renderer");
        t.setDaemon(true);
        return t;
    });

    public Future<String> requestDashboard(List<String> panels) {
        return coordinator.submit(() -> renderDashboard(panels));
    }

    private String renderDashboard(List<String> panels) throws InterruptedException, ExecutionException {
        List<Future<String>> parts = new ArrayList<>();
        for (String panel : panels) {
            parts.add(panelPool.submit(() -> renderPanel(panel)));
        }
        StringBuilder page = new StringBuilder("== dashboard ==\n");
        for (Future<String> part : parts) {
            page.append(part.get()).append('\n'); // OK: panels run on the separate panelPool whose tasks never block on the coordinator, so the wait always completes
        }
        return page.toString();
    }

    private String renderPanel(String panel) {
        long checksum = 0;
        for (int i = 0; i < panel.length() * 1000; i++) {
            checksum += (i * 31L) ^ panel.hashCode();
        }
        return panel + ": " + checksum;
    }

    public void shutdown() throws InterruptedException {
        coordinator.shutdown();
        coordinator.awaitTermination(5, TimeUnit.SECONDS);
        panelPool.shutdown();
        panelPool.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        DashboardRenderer renderer = new DashboardRenderer();
        Thread handler = new Thread(() -> {
            try {
                Future<String> f = renderer.requestDashboard(List.of("cpu", "heap", "gc-pauses"));
                System.out.println(f.get(10, TimeUnit.SECONDS));
            } catch (Exception e) {
                System.err.println("dashboard failed: " + e);
            }
        }, "http-handler-1");
        handler.start();
        handler.join();
        renderer.shutdown();
    }
}
