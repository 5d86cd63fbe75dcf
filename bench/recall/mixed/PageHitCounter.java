// EXPECT: volatile-increment @ line 15
package recall3;

/**
 * Web-server simulation: request threads record page hits in a shared statistics object.
 * The counter is volatile, which makes it visible but does not make ++ atomic.
 */
public class PageHitCounter {

    static final class PageStats {
        private volatile long hits;
        private volatile long lastHitMillis;

        void recordHit() {
            hits++;
            lastHitMillis = System.currentTimeMillis();
        }

        long hits() {
            return hits;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PageStats stats = new PageStats();
        Thread[] handlers = new Thread[6];
        for (int i = 0; i < handlers.length; i++) {
            handlers[i] = new Thread(() -> {
                for (int r = 0; r < 50_000; r++) {
                    stats.recordHit();
                }
            }, "http-handler-" + i);
            handlers[i].start();
        }
        for (Thread h : handlers) {
            h.join();
        }
        System.out.println("hits=" + stats.hits() + " expected=" + (6 * 50_000));
        System.out.println("last hit at " + stats.lastHitMillis);
    }
}
