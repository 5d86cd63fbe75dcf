// EXPECT: none
package recall3;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Start-up handoff: a loader thread fills a plain HashMap and then counts down a latch;
 * worker threads await the latch before reading. countDown/await provides the
 * happens-before edge, and the map is never modified after the countdown.
 */
public class LatchStartup {
    private final Map<String, String> config = new HashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);

    void load() {
        config.put("db.url", "jdbc:h2:mem:test");
        config.put("db.pool", "8");
        config.put("cache.ttl", "60");
        loaded.countDown();
    }

    String get(String key) throws InterruptedException {
        loaded.await();
        return config.get(key);
    }

    public static void main(String[] args) throws InterruptedException {
        LatchStartup startup = new LatchStartup();
        String[] keys = {"db.url", "db.pool", "cache.ttl", "db.url"};
        Thread[] workers = new Thread[keys.length];
        for (int i = 0; i < workers.length; i++) {
            final String key = keys[i];
            workers[i] = new Thread(() -> {
                try {
                    System.out.println(Thread.currentThread().getName() + ": " + key + "=" + startup.get(key));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-" + i);
            workers[i].start();
        }
        Thread loader = new Thread(startup::load, "config-loader");
        loader.start();
        loader.join();
        for (Thread w : workers) {
            w.join();
        }
    }
}
