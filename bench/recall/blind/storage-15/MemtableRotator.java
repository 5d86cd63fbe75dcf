// EXPECT: lock-order-deadlock @ line 48
package probe15a; import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// Write path of a small LSM store. Client threads call put(); a background
// scheduler calls rotate() to seal the active memtable and roll the WAL.
public class MemtableRotator {
    private final Object walLock = new Object();
    private final Object memtableLock = new Object();

    private ByteArrayOutputStream walBuffer = new ByteArrayOutputStream();          // guarded by walLock
    private long walGeneration;                                                      // guarded by walLock
    private ConcurrentSkipListMap<String, String> active = new ConcurrentSkipListMap<>(); // guarded by memtableLock
    private ConcurrentSkipListMap<String, String> sealed;                            // guarded by memtableLock

    public void put(String key, String value) {
        byte[] record = (key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (walLock) {
            walBuffer.write(record, 0, record.length);
            synchronized (memtableLock) {
                active.put(key, value);
            }
        }
    }

    public String get(String key) {
        synchronized (memtableLock) {
            String v = active.get(key);
            if (v == null && sealed != null) {
                v = sealed.get(key);
            }
            return v;
        }
    }

    void rotate() {
        synchronized (memtableLock) {
            if (active.size() < 64) {
                return;
            }
            sealed = active;
            active = new ConcurrentSkipListMap<>();
            synchronized (walLock) { // BUG: lock order memtable->wal here, but put() takes wal->memtable; deadlock
                walBuffer = new ByteArrayOutputStream();
                walGeneration++;
            }
        }
    }

    public long walGeneration() {
        synchronized (walLock) {
            return walGeneration;
        }
    }

    public static void main(String[] args) throws Exception {
        MemtableRotator store = new MemtableRotator();
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
        background.scheduleAtFixedRate(store::rotate, 1, 1, TimeUnit.MILLISECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            final int id = c;
            clients.submit(() -> {
                for (int i = 0; i < 50_000; i++) {
                    store.put("k" + id + "-" + i, "v" + i);
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        background.shutdown();
        System.out.println("wal generation " + store.walGeneration());
    }
}
