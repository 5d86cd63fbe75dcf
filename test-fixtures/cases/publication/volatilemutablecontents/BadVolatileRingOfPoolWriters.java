package publication.volatilemutablecontents;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same caller-locked ring, but the program shares one among the threads of a pool that write into it
 * without a lock: its contents are changed by several threads at once.
 */
public class BadVolatileRingOfPoolWriters {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Ring ring = new Ring();

    public void record(String event) {
        pool.execute(() -> ring.put(event));
    }

    static final class Ring {
        private volatile String[] slots = new String[64];
        private int next;

        void put(String event) {
            slots[next & 63] = event; // expect: VolatileMutableContents['`slots` is volatile, but an element of it is written here without a lock']
            next++;
        }
    }
}
