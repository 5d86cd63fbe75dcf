package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The look-alike that races: the same latch hand-over, but a reload thread changes the map later with
 * no latch or lock between it and the readers, who are past the latch by then.
 */
public class BadConfigReloadedPastLatch {
    private final Map<String, String> config = new HashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);

    void load() {
        config.put("db.url", "jdbc:h2:mem:test"); // expect: UnguardedWrite['`config.put()` changes `config` without a lock, by a task that runs on another thread']
        config.put("db.pool", "8");
        loaded.countDown();
    }

    void reload() {
        config.put("db.pool", "16"); // expect: UnguardedWrite['`config.put()` changes `config` without a lock']
    }

    String get(String key) throws InterruptedException {
        loaded.await();
        return config.get(key);
    }

    public static void main(String[] args) throws InterruptedException {
        BadConfigReloadedPastLatch startup = new BadConfigReloadedPastLatch();
        String[] keys = {"db.url", "db.pool"};
        Thread[] readers = new Thread[keys.length];
        for (int i = 0; i < readers.length; i++) {
            String key = keys[i];
            readers[i] = new Thread(() -> {
                try {
                    System.out.println(startup.get(key)); // expect: NonSendCapture['`startup` is not thread-safe but is shared with a task']
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            readers[i].start();
        }
        Thread loader = new Thread(startup::load); // expect: NonSendCapture['`startup` is not thread-safe but is shared with a task']
        loader.start();
        Thread reloader = new Thread(startup::reload); // expect: NonSendCapture['`startup` is not thread-safe but is shared with a task']
        reloader.start();
        reloader.join();
        loader.join();
        for (Thread r : readers) {
            r.join();
        }
    }
}
