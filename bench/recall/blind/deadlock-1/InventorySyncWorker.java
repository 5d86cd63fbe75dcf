// EXPECT: none
package probe.dl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Periodically pulls stock levels from the ERP system on a pool thread. */
// OK: InterruptedException restores the interrupt flag and the worker stops, so shutdownNow() ends it promptly
public class InventorySyncWorker implements Runnable {

    private final Map<String, Integer> stockLevels = new ConcurrentHashMap<>();
    private final long pollMillis;

    public InventorySyncWorker(long pollMillis) {
        this.pollMillis = pollMillis;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            pullFromErp();
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pullFromErp() {
        for (int i = 0; i < 10; i++) {
            stockLevels.merge("SKU-" + i, 1, Integer::sum);
        }
    }

    public int stockOf(String sku) {
        return stockLevels.getOrDefault(sku, 0);
    }

    public static void main(String[] args) throws InterruptedException {
        InventorySyncWorker worker = new InventorySyncWorker(20);
        ExecutorService syncPool = Executors.newSingleThreadExecutor();
        syncPool.execute(worker);
        Thread.sleep(150);
        syncPool.shutdownNow();
        boolean stopped = syncPool.awaitTermination(2, TimeUnit.SECONDS);
        System.out.println("stopped=" + stopped + " SKU-1=" + worker.stockOf("SKU-1"));
    }
}
