// EXPECT: blocking-under-lock @ line 19
package recall3;

import java.util.HashMap;
import java.util.Map;

/**
 * A dashboard cache refreshes itself while holding its monitor and waits for the slow
 * reporting back end (simulated with Thread.sleep). Every reader thread stalls for the
 * whole refresh.
 */
public class ReportGeneratorSleep {

    static final class DashboardCache {
        private final Map<String, Integer> figures = new HashMap<>();
        private long version;

        synchronized void refresh() throws InterruptedException {
            Thread.sleep(300); // round trip to the reporting back end
            figures.put("orders", (int) (version * 7 % 100));
            figures.put("revenue", (int) (version * 13 % 1000));
            version++;
        }

        synchronized Integer figure(String name) {
            return figures.get(name);
        }

        synchronized long version() {
            return version;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        DashboardCache cache = new DashboardCache();
        Thread refresher = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    cache.refresh();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "refresher");
        Thread[] readers = new Thread[3];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new Thread(() -> {
                long worstNanos = 0;
                for (int i = 0; i < 200; i++) {
                    long t0 = System.nanoTime();
                    cache.figure("orders");
                    worstNanos = Math.max(worstNanos, System.nanoTime() - t0);
                    Thread.yield();
                }
                System.out.println(Thread.currentThread().getName() + " worst latency ms=" + worstNanos / 1_000_000);
            }, "reader-" + r);
        }
        refresher.start();
        for (Thread r : readers) {
            r.start();
        }
        refresher.join();
        for (Thread r : readers) {
            r.join();
        }
        System.out.println("version=" + cache.version());
    }
}
