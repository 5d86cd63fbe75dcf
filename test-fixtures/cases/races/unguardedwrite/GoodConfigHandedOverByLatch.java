package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A loader thread fills a plain map and then counts the latch down; readers, started in a loop, await the
 * latch before reading. The count reaching zero happens before await returns, so every read sees the whole map, and
 * nothing changes it afterwards.
 */
public class GoodConfigHandedOverByLatch {
    private final Map<String, String> config = new HashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);

    void load() {
        config.put("db.url", "jdbc:h2:mem:test");
        config.put("db.pool", "8");
        loaded.countDown();
    }

    String get(String key) throws InterruptedException {
        loaded.await();
        return config.get(key);
    }

    public static void main(String[] args) throws InterruptedException {
        GoodConfigHandedOverByLatch startup = new GoodConfigHandedOverByLatch();
        String[] keys = {"db.url", "db.pool"};
        Thread[] readers = new Thread[keys.length];
        for (int i = 0; i < readers.length; i++) {
            String key = keys[i];
            readers[i] = new Thread(() -> {
                try {
                    System.out.println(startup.get(key));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            readers[i].start();
        }
        Thread loader = new Thread(startup::load);
        loader.start();
        loader.join();
        for (Thread r : readers) {
            r.join();
        }
    }
}
