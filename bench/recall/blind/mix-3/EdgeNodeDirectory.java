// EXPECT: none
package probe3.mix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Directory of CDN edge nodes and their last reported load. Agents report
 * in concurrently; the health page renders an overview.
 */
// OK: the synchronizedMap's values are iterated inside synchronized on the same map object (via a local alias), which is exactly the lock the wrapper uses
public class EdgeNodeDirectory {

    public record NodeLoad(String pop, double cpu, long reportedAt) { }

    private final Map<String, NodeLoad> nodes = Collections.synchronizedMap(new LinkedHashMap<>());

    public void report(String nodeId, String pop, double cpu) {
        nodes.put(nodeId, new NodeLoad(pop, cpu, System.nanoTime()));
    }

    public void decommission(String nodeId) {
        nodes.remove(nodeId);
    }

    public String renderHealthPage() {
        Map<String, NodeLoad> view = nodes;
        double maxCpu = 0;
        int hot = 0;
        synchronized (view) {
            for (NodeLoad load : view.values()) {
                maxCpu = Math.max(maxCpu, load.cpu());
                if (load.cpu() > 0.85) {
                    hot++;
                }
            }
        }
        return String.format("max=%.2f hot=%d", maxCpu, hot);
    }

    public static void main(String[] args) throws InterruptedException {
        EdgeNodeDirectory dir = new EdgeNodeDirectory();
        ExecutorService agents = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 30_000; i++) {
            final int n = i;
            agents.execute(() -> dir.report("edge-" + (n % 400), n % 2 == 0 ? "fra" : "sin", (n % 100) / 100.0));
            if (n % 50 == 0) {
                agents.execute(() -> dir.decommission("edge-" + (n % 400)));
            }
            if (n % 3_000 == 0) {
                agents.execute(() -> System.out.println(dir.renderHealthPage()));
            }
        }
        agents.shutdown();
        agents.awaitTermination(10, TimeUnit.SECONDS);
    }
}
